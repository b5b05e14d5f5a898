package io.archfit.support;

import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueLoader;
import io.archfit.catalogue.CatalogueWriter;
import io.archfit.catalogue.Catalogues;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Team catalogue documents for tests: the current built-in catalogue (v2) with a team's
 * own question ("Does it handle card data?"), a hard limit that rules functions out when
 * it does, and a rule that moves the portability criterion, each with a reason in English
 * and German and the team's policy as its source.
 */
public final class TeamCatalogueFixture {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	/** The team's question. */
	public static final String QUESTION = "cardData";

	/** The team's hard limit on serverless. */
	public static final String KNOCK_OUT = "team-no-functions-for-card-data";

	/** The team's rule on the portability criterion. */
	public static final String RULE = "cardData-some";

	public static final String KNOCK_OUT_REASON = "Our security policy keeps card data off functions.";

	public static final String QUESTION_LABEL = "Does it handle card data?";

	/** Answers of a card-payments service, the team's question answered "some". */
	public static final Map<String, Object> CARD_PAYMENTS = Map.of("domainSize", "small", "teamCount", "one",
			"trafficPattern", "spiky", "monthlyRequests", 2_000_000, QUESTION, "some");

	private TeamCatalogueFixture() {
	}

	/** The current built-in catalogue as a document. */
	public static ObjectNode builtIn() {
		Catalogue current = Catalogues.loadBuiltIn().current();
		return (ObjectNode) JSON.valueToTree(CatalogueWriter.document(current));
	}

	/** The built-in catalogue with the team's question, hard limit, rule and texts. */
	public static ObjectNode withTeamRules() {
		ObjectNode doc = builtIn();
		ObjectNode reference = ((ArrayNode) doc.get("references")).addObject();
		reference.put("id", "team-policy");
		reference.put("author", "Platform team");
		reference.put("title", "Security policy for payment systems");
		reference.put("year", 2026);
		reference.put("url", "https://intranet.example.org/policies/payments");

		ObjectNode trait = ((ArrayNode) doc.get("traits")).addObject();
		trait.put("id", QUESTION);
		trait.put("step", "workload");
		trait.put("type", "choice");
		trait.putArray("options").add("none").add("some");
		for (var step : doc.get("steps")) {
			if (step.get("id").asString().equals("workload")) {
				((ArrayNode) step.get("traits")).add(QUESTION);
			}
		}

		ObjectNode knockOut = ((ArrayNode) doc.get("knockOuts")).addObject();
		knockOut.put("id", KNOCK_OUT);
		knockOut.put("architecture", "serverless");
		knockOut.putObject("when").put("trait", QUESTION).putArray("anyOf").add("some");
		knockOut.putArray("sources").add("team-policy");

		ObjectNode rule = ((ArrayNode) doc.get("rules")).addObject();
		rule.put("id", RULE);
		rule.putObject("when").put("trait", QUESTION).putArray("anyOf").add("some");
		ObjectNode effects = rule.putObject("effects");
		effects.put("monolith", 2);
		effects.put("microservices", 1);
		effects.put("serverless", -2);
		effects.put("hybrid", -1);
		rule.putArray("criteria").add("portability");
		rule.putArray("sources").add("team-policy");

		ObjectNode texts = doc.putObject("texts");
		ObjectNode en = texts.putObject("en");
		en.put("trait.cardData.label", QUESTION_LABEL);
		en.put("trait.cardData.help", "Card numbers, even masked ones, count.");
		en.put("trait.cardData.option.none", "None");
		en.put("trait.cardData.option.none.help", "No card data passes through it.");
		en.put("trait.cardData.option.some", "Some");
		en.put("trait.cardData.option.some.help", "It stores or forwards card data.");
		en.put("knockout." + KNOCK_OUT, KNOCK_OUT_REASON);
		en.put("rule." + RULE, "Card data stays on our own audited platform.");
		ObjectNode de = texts.putObject("de");
		de.put("trait.cardData.label", "Verarbeitet es Kartendaten?");
		de.put("trait.cardData.help", "Auch maskierte Kartennummern zählen.");
		de.put("trait.cardData.option.none", "Keine");
		de.put("trait.cardData.option.none.help", "Keine Kartendaten laufen hindurch.");
		de.put("trait.cardData.option.some", "Einige");
		de.put("trait.cardData.option.some.help", "Es speichert oder leitet Kartendaten weiter.");
		de.put("knockout." + KNOCK_OUT, "Unsere Sicherheitsrichtlinie hält Kartendaten von Funktionen fern.");
		de.put("rule." + RULE, "Kartendaten bleiben auf unserer eigenen geprüften Plattform.");
		return doc;
	}

	/** The team's document with other group weights (they must add up to 1). */
	public static ObjectNode withWeights(ObjectNode doc, Map<String, Double> weights) {
		ObjectNode groups = (ObjectNode) doc.get("groups");
		weights.forEach(groups::put);
		return doc;
	}

	/** The team's document with a criterion weighed within its group as given. */
	public static ObjectNode withCriterionWeight(ObjectNode doc, String criterion, double weight) {
		for (JsonNode node : doc.get("criteria")) {
			if (node.get("id").asString().equals(criterion)) {
				((ObjectNode) node).put("weight", weight);
			}
		}
		return doc;
	}

	/** Reads a document as the catalogue loader does. */
	public static Catalogue load(ObjectNode doc) {
		return CatalogueLoader.parse("team.json", JSON.writeValueAsString(doc));
	}

	/** The group weights that put the workload first. */
	public static Map<String, Double> workloadFirst() {
		return Map.of("organisation", 0.1, "workload", 0.7, "constraints", 0.1, "delivery", 0.1);
	}

	public static List<String> architectures() {
		return List.of("monolith", "microservices", "serverless", "hybrid");
	}

}
