package io.archfit.workspace.catalogue;

import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Criterion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The changes the catalogue pages make to a draft document: new group and criterion
 * weights, a criterion, a hard limit, a question placed in a wizard step, a rule and a
 * risk (each on answers of one question or a combination of questions and a number), each
 * with its texts in English and German and its source, and the removal of any of them. A
 * change only writes what it was given; the catalogue check then says what is wrong with
 * the result (a removed question a rule still asks, for instance).
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

	/**
	 * A condition as the pages build it: for each question chosen, the answers of it that
	 * count (in the order chosen), and optionally a bound on a number. It holds when
	 * every part holds; two or more parts make a combined condition ({@code all}).
	 */
	public record When(Map<String, List<String>> answers, Bound bound) {

		public When {
			answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
		}

		/** A condition on the answers of one question. */
		public static When of(String trait, List<String> options) {
			return new When(Map.of(trait, List.copyOf(options)), null);
		}

		boolean isEmpty() {
			return this.answers.isEmpty() && this.bound == null;
		}

	}

	/**
	 * A number a condition bounds: a numeric trait or a quantity derived from traits, at
	 * least one value, below another, or both.
	 */
	public record Bound(boolean quantity, String id, Double atLeast, Double below) {

	}

	/** An answer of a new question with its English and German texts. */
	public record Option(String id, String english, String german) {

	}

	/** The kinds of element a draft can lose, by their list in the document. */
	public enum Element {

		CRITERION("criteria", "criterion."), QUESTION("traits", "trait."), RULE("rules", "rule."),
		KNOCK_OUT("knockOuts", "knockout."), RISK("risks", "risk.");

		private final String list;

		private final String textPrefix;

		Element(String list, String textPrefix) {
			this.list = list;
			this.textPrefix = textPrefix;
		}

	}

	/**
	 * Sets the weights of the criterion groups (they must add up to 1) and of criteria
	 * within their groups (relative; the even weight is 1 and is not written).
	 */
	public static String weights(String json, Map<String, Double> groupWeights, Map<String, Double> criterionWeights) {
		ObjectNode doc = read(json);
		ObjectNode groups = (ObjectNode) doc.get("groups");
		groupWeights.forEach(groups::put);
		for (JsonNode node : doc.get("criteria")) {
			Double weight = criterionWeights.get(node.path("id").asString(""));
			if (weight != null && node.isObject()) {
				if (weight == Criterion.EVEN) {
					((ObjectNode) node).remove("weight");
				}
				else {
					((ObjectNode) node).put("weight", weight);
				}
			}
		}
		return write(doc);
	}

	/** Adds a criterion to a group, with its name and description. */
	public static String criterion(String json, String id, String group, String kind, Double weight, String nameEn,
			String nameDe, String descriptionEn, String descriptionDe) {
		ObjectNode doc = read(json);
		ObjectNode criterion = JSON.createObjectNode();
		criterion.put("id", id);
		criterion.put("group", group);
		criterion.put("kind", kind);
		if (weight != null && weight != Criterion.EVEN) {
			criterion.put("weight", weight);
		}
		((ArrayNode) doc.get("criteria")).add(criterion);
		text(doc, "criterion." + id + ".name", nameEn, nameDe);
		text(doc, "criterion." + id + ".description", descriptionEn, descriptionDe);
		return write(doc);
	}

	/**
	 * Removes an element and its texts (a question also from its wizard step). What still
	 * refers to it is left for the catalogue check to name.
	 */
	public static String remove(String json, Element element, String id) {
		ObjectNode doc = read(json);
		JsonNode list = doc.get(element.list);
		if (list instanceof ArrayNode array) {
			for (int i = array.size() - 1; i >= 0; i--) {
				if (array.get(i).path("id").asString("").equals(id)) {
					array.remove(i);
				}
			}
		}
		if (element == Element.QUESTION) {
			for (JsonNode step : doc.path("steps")) {
				if (step.get("traits") instanceof ArrayNode traits) {
					for (int i = traits.size() - 1; i >= 0; i--) {
						if (traits.get(i).asString("").equals(id)) {
							traits.remove(i);
						}
					}
				}
			}
		}
		String key = element.textPrefix + id;
		for (JsonNode texts : doc.path("texts")) {
			if (texts instanceof ObjectNode own) {
				List<String> keys = own.propertyNames()
					.stream()
					.filter((name) -> name.equals(key) || name.startsWith(key + "."))
					.toList();
				keys.forEach(own::remove);
			}
		}
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
		if (when != null && !when.isEmpty()) {
			conditions.add(condition(when));
		}
		risk.set("sources", sources(doc, source));
		((ArrayNode) doc.get("risks")).add(risk);
		text(doc, "risk." + id + ".title", titleEn, titleDe);
		text(doc, "risk." + id + ".mitigation", mitigationEn, mitigationDe);
		return write(doc);
	}

	private static ObjectNode condition(When when) {
		if (when == null) {
			return JSON.createObjectNode();
		}
		List<ObjectNode> parts = new ArrayList<>();
		when.answers().forEach((trait, options) -> {
			ObjectNode part = JSON.createObjectNode();
			part.put("trait", trait);
			ArrayNode anyOf = part.putArray("anyOf");
			options.forEach(anyOf::add);
			parts.add(part);
		});
		Bound bound = when.bound();
		if (bound != null) {
			ObjectNode part = JSON.createObjectNode();
			part.put(bound.quantity() ? "quantity" : "trait", bound.id());
			if (bound.atLeast() != null) {
				part.put("atLeast", bound.atLeast());
			}
			if (bound.below() != null) {
				part.put("below", bound.below());
			}
			parts.add(part);
		}
		if (parts.size() == 1) {
			return parts.get(0);
		}
		ObjectNode all = JSON.createObjectNode();
		ArrayNode list = all.putArray("all");
		parts.forEach(list::add);
		return all;
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
