package io.archfit.catalogue;

import io.archfit.support.TeamCatalogueFixture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bringing a newer built-in version into a team catalogue: the newer version's changes
 * arrive where the team left an element alone, the team's own changes stay, and the team
 * is told which changes it did not get.
 */
class CatalogueMergeTests {

	private static final Catalogues BUILT_IN = Catalogues.loadBuiltIn();

	@Test
	void aTeamCatalogueDerivedFromV2TakesV3sRulesAndKeepsItsOwn() {
		Catalogue v2 = BUILT_IN.version("v2").orElseThrow();
		Catalogue v3 = BUILT_IN.version("v3").orElseThrow();
		ObjectNode doc = document(v2);
		ObjectNode predictable = element(doc, "rules", "budgetModel-predictable");
		((ObjectNode) predictable.get("effects")).put("serverless", 0);
		remove(doc, "rules", "compliance-regulated");
		Catalogue team = load(doc);

		CatalogueMerge.Merged merged = CatalogueMerge.merge(v2, team, v3);
		Catalogue result = load((ObjectNode) TeamCatalogueFixture.JSON.valueToTree(merged.document()));

		assertThat(merged.kept()).as("the team changed this rule too: its version stays")
			.containsExactly(new CatalogueDiff.Change("rule", "changed", "budgetModel-predictable", null, null));
		assertThat(merged.taken()).extracting(CatalogueDiff.Change::id)
			.contains("trafficPattern-daily-cycle", "lockInTolerance-high", "teams-release-apart-prerequisites-met",
					"teamCount-many-prerequisites-met")
			.doesNotContain("budgetModel-predictable");
		assertThat(CatalogueDiff.between(v3, result)).as("against v3, only the team's own changes are left")
			.containsExactly(new CatalogueDiff.Change("rule", "changed", "budgetModel-predictable", null, null),
					new CatalogueDiff.Change("rule", "removed", "compliance-regulated", null, null));
		assertThat(result.rules().stream().map(Rule::id).toList())
			.as("a renamed rule takes the place of the one it replaces")
			.containsSubsequence("no-named-reason-for-services", "teams-release-apart-prerequisites-met",
					"engineers-many-independent");
		assertThat(merged.document()).containsEntry("version", "v3");
	}

	@Test
	void aTeamCatalogueThatChangedNothingBecomesTheNewerVersion() {
		Catalogue v2 = BUILT_IN.version("v2").orElseThrow();
		Catalogue v3 = BUILT_IN.version("v3").orElseThrow();
		CatalogueMerge.Merged merged = CatalogueMerge.merge(v2, load(document(v2)), v3);
		assertThat(merged.kept()).isEmpty();
		assertThat(merged.taken()).isEqualTo(CatalogueDiff.between(v2, v3));
		assertThat(
				CatalogueDiff.between(v3, load((ObjectNode) TeamCatalogueFixture.JSON.valueToTree(merged.document()))))
			.isEmpty();
	}

	@Test
	void aTeamCatalogueDerivedFromV3TakesV4sQuestionIntoItsStep() {
		Catalogue v3 = BUILT_IN.version("v3").orElseThrow();
		Catalogue v4 = BUILT_IN.version("v4").orElseThrow();
		ObjectNode doc = document(v3);
		remove(doc, "rules", "compliance-regulated");
		CatalogueMerge.Merged merged = CatalogueMerge.merge(v3, load(doc), v4);
		Catalogue result = load((ObjectNode) TeamCatalogueFixture.JSON.valueToTree(merged.document()));

		assertThat(merged.kept()).isEmpty();
		assertThat(result.trait("workloadMix")).isPresent();
		assertThat(result.steps()
			.stream()
			.filter((step) -> step.id().equals("workload"))
			.findFirst()
			.orElseThrow()
			.traitIds()).containsSubsequence("eventDriven", "workloadMix", "payloadSize");
		assertThat(result.rules().stream().map(Rule::id).toList()).contains("workloadMix-mixed", "workloadMix-uniform",
				"workloadMix-bursty");
		assertThat(CatalogueDiff.between(v4, result)).as("against v4, only the team's own change is left")
			.containsExactly(new CatalogueDiff.Change("rule", "removed", "compliance-regulated", null, null));
	}

	@Test
	void aNewQuestionJoinsItsStepAndWeightsTheTeamSetStay() {
		Catalogue base = BUILT_IN.current();
		ObjectNode newerDoc = document(base);
		ObjectNode question = ((ArrayNode) newerDoc.get("traits")).addObject();
		question.put("id", "batchShare");
		question.put("step", "workload");
		question.put("type", "choice");
		question.putArray("options").add("none").add("most");
		for (JsonNode step : newerDoc.get("steps")) {
			if (step.get("id").asString().equals("workload")) {
				((ArrayNode) step.get("traits")).insert(1, "batchShare");
			}
		}
		((ObjectNode) newerDoc.get("groups")).put("workload", 0.30).put("organisation", 0.40);
		((ObjectNode) newerDoc.get("confidence")).put("closeCall", 2.0);
		Catalogue newer = load(newerDoc);
		Catalogue team = load(TeamCatalogueFixture.withWeights(TeamCatalogueFixture.withTeamRules(),
				TeamCatalogueFixture.workloadFirst()));

		CatalogueMerge.Merged merged = CatalogueMerge.merge(base, team, newer);
		Catalogue result = load((ObjectNode) TeamCatalogueFixture.JSON.valueToTree(merged.document()));

		assertThat(merged.taken()).containsExactly(
				new CatalogueDiff.Change("question", "added", "batchShare", null, "none, most"),
				new CatalogueDiff.Change("setting", "changed", "confidence", null, null));
		assertThat(merged.kept()).extracting(CatalogueDiff.Change::element).containsExactly("group", "group");
		assertThat(result.groupWeights()).isEqualTo(team.groupWeights());
		assertThat(result.confidence()).isEqualTo(newer.confidence());
		Step workload = result.steps()
			.stream()
			.filter((step) -> step.id().equals("workload"))
			.findFirst()
			.orElseThrow();
		Step newerWorkload = newer.steps()
			.stream()
			.filter((step) -> step.id().equals("workload"))
			.findFirst()
			.orElseThrow();
		assertThat(workload.traitIds().indexOf("batchShare")).isEqualTo(newerWorkload.traitIds().indexOf("batchShare"));
		assertThat(workload.traitIds()).contains(TeamCatalogueFixture.QUESTION);
		assertThat(result.rules()).as("the team's own rule stays")
			.anyMatch((rule) -> rule.id().equals(TeamCatalogueFixture.RULE));
	}

	@Test
	void groupWeightsAreTakenTogetherSoTheyStillAddUpToOne() {
		Catalogue base = BUILT_IN.current();
		ObjectNode newerDoc = document(base);
		((ObjectNode) newerDoc.get("groups")).put("workload", 0.30).put("organisation", 0.40);
		Catalogue newer = load(newerDoc);
		Catalogue team = load(TeamCatalogueFixture.withTeamRules());

		CatalogueMerge.Merged merged = CatalogueMerge.merge(base, team, newer);

		assertThat(merged.taken()).extracting(CatalogueDiff.Change::element).containsExactly("group", "group");
		assertThat(load((ObjectNode) TeamCatalogueFixture.JSON.valueToTree(merged.document())).groupWeights())
			.isEqualTo(newer.groupWeights());
	}

	private static ObjectNode document(Catalogue catalogue) {
		return (ObjectNode) TeamCatalogueFixture.JSON.valueToTree(CatalogueWriter.document(catalogue));
	}

	private static Catalogue load(ObjectNode doc) {
		return TeamCatalogueFixture.load(doc);
	}

	private static ObjectNode element(ObjectNode doc, String list, String id) {
		for (JsonNode node : doc.get(list)) {
			if (node.get("id").asString().equals(id)) {
				return (ObjectNode) node;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}

	private static void remove(ObjectNode doc, String list, String id) {
		ArrayNode elements = (ArrayNode) doc.get(list);
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i).get("id").asString().equals(id)) {
				elements.remove(i);
				return;
			}
		}
		throw new AssertionError(id + " not in " + list);
	}

}
