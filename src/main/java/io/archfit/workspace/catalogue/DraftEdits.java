package io.archfit.workspace.catalogue;

import java.time.Year;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes the catalogue pages make to a draft document: new group weights, a hard
 * limit, a question placed in a wizard step, a rule and a risk, each with its texts in
 * English and German and its source. A change only writes what it was given; the
 * catalogue check then says what is wrong with the result.
 */
public final class DraftEdits {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftEdits() {
	}

	/**
	 * Where an element comes from: a reference already in the catalogue, or a new one
	 * given by title and address.
	 */
	public record Source(String reference, String title, String url, String author) {

	}

	/** A question (a choice trait) and the answers of it a condition accepts. */
	public record When(String trait, List<String> options) {

	}

	/** An answer of a new question with its English and German texts. */
	public record Option(String id, String english, String german) {

	}

	/** Sets the weights of the criterion groups (they must add up to 1). */
	public static String weights(String json, Map<String, Double> weights) {
		ObjectNode doc = read(json);
		ObjectNode groups = (ObjectNode) doc.get("groups");
		weights.forEach(groups::put);
		return write(doc);
	}

	/**
	 * Adds a hard limit: when the question has one of the answers, it rules out the
	 * architecture.
	 */
	public static String knockOut(String json, String id, String architecture, When when, String reasonEn,
			String reasonDe, Source source) {
		ObjectNode doc = read(json);
		ObjectNode knockOut = JSON.createObjectNode();
		knockOut.put("id", id);
		knockOut.put("architecture", architecture);
		knockOut.set("when", condition(when));
		knockOut.set("sources", sources(doc, source));
		((ArrayNode) doc.get("knockOuts")).add(knockOut);
		text(doc, "knockout." + id, reasonEn, reasonDe);
		return write(doc);
	}

	/** Adds a choice question to the end of a wizard step. */
	public static String question(String json, String id, String step, List<Option> options, String labelEn,
			String labelDe, String helpEn, String helpDe) {
		ObjectNode doc = read(json);
		ObjectNode trait = JSON.createObjectNode();
		trait.put("id", id);
		trait.put("step", step);
		trait.put("type", "choice");
		ArrayNode ids = trait.putArray("options");
		options.forEach((option) -> ids.add(option.id()));
		((ArrayNode) doc.get("traits")).add(trait);
		for (JsonNode node : doc.get("steps")) {
			if (node.path("id").asString("").equals(step)) {
				((ArrayNode) node.get("traits")).add(id);
			}
		}
		text(doc, "trait." + id + ".label", labelEn, labelDe);
		text(doc, "trait." + id + ".help", helpEn, helpDe);
		for (Option option : options) {
			text(doc, "trait." + id + ".option." + option.id(), option.english(), option.german());
			text(doc, "trait." + id + ".option." + option.id() + ".help", option.english(), option.german());
		}
		return write(doc);
	}

	/**
	 * Adds a rule: when the question has one of the answers, the architectures move by
	 * their effects on the criteria.
	 */
	public static String rule(String json, String id, When when, Map<String, Integer> effects, List<String> criteria,
			String reasonEn, String reasonDe, Source source) {
		ObjectNode doc = read(json);
		ObjectNode rule = JSON.createObjectNode();
		rule.put("id", id);
		rule.set("when", condition(when));
		ObjectNode effectNode = rule.putObject("effects");
		effects.forEach(effectNode::put);
		ArrayNode criteriaNode = rule.putArray("criteria");
		criteria.forEach(criteriaNode::add);
		rule.set("sources", sources(doc, source));
		((ArrayNode) doc.get("rules")).add(rule);
		text(doc, "rule." + id, reasonEn, reasonDe);
		return write(doc);
	}

	/**
	 * Adds a risk with its mitigation, for the architectures it concerns, when the
	 * question has one of the answers (always, when no question is given).
	 */
	public static String risk(String json, String id, List<String> architectures, When when, String titleEn,
			String titleDe, String mitigationEn, String mitigationDe, Source source) {
		ObjectNode doc = read(json);
		ObjectNode risk = JSON.createObjectNode();
		risk.put("id", id);
		ArrayNode concerned = risk.putArray("architectures");
		architectures.forEach(concerned::add);
		ArrayNode conditions = risk.putArray("when");
		if (when != null) {
			conditions.add(condition(when));
		}
		risk.set("sources", sources(doc, source));
		((ArrayNode) doc.get("risks")).add(risk);
		text(doc, "risk." + id + ".title", titleEn, titleDe);
		text(doc, "risk." + id + ".mitigation", mitigationEn, mitigationDe);
		return write(doc);
	}

	private static ObjectNode condition(When when) {
		ObjectNode node = JSON.createObjectNode();
		if (when == null) {
			return node;
		}
		node.put("trait", when.trait());
		ArrayNode options = node.putArray("anyOf");
		when.options().forEach(options::add);
		return node;
	}

	private static ArrayNode sources(ObjectNode doc, Source source) {
		ArrayNode ids = JSON.createArrayNode();
		if (source == null) {
			return ids;
		}
		if (!blank(source.url())) {
			ArrayNode references = (ArrayNode) doc.get("references");
			String id = "team-source-" + (references.size() + 1);
			ObjectNode reference = references.addObject();
			reference.put("id", id);
			reference.put("author", blank(source.author()) ? "Team" : source.author());
			reference.put("title", blank(source.title()) ? source.url() : source.title());
			reference.put("year", Year.now().getValue());
			reference.put("url", source.url());
			ids.add(id);
		}
		else if (!blank(source.reference())) {
			ids.add(source.reference());
		}
		return ids;
	}

	private static void text(ObjectNode doc, String key, String english, String german) {
		ObjectNode texts = doc.has("texts") && doc.get("texts").isObject() ? (ObjectNode) doc.get("texts")
				: doc.putObject("texts");
		put(texts, "en", key, english);
		put(texts, "de", key, german);
	}

	private static void put(ObjectNode texts, String language, String key, String text) {
		ObjectNode own = texts.has(language) && texts.get(language).isObject() ? (ObjectNode) texts.get(language)
				: texts.putObject(language);
		if (text != null) {
			own.put(key, text.strip());
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static ObjectNode read(String json) {
		return (ObjectNode) JSON.readTree(json);
	}

	private static String write(ObjectNode doc) {
		return JSON.writeValueAsString(doc);
	}

}
