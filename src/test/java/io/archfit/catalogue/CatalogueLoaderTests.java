package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogueLoaderTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void loadsTheBuiltInCatalogue() {
		Catalogue catalogue = CatalogueLoader.load("catalogue/v1.json");
		assertThat(catalogue.version()).isEqualTo("v1");
		assertThat(catalogue.rules()).isNotEmpty();
		assertThat(catalogue.spillover()).isPresent();
	}

	@Test
	void missingResourceIsNamed() {
		assertThatExceptionOfType(CatalogueException.class).isThrownBy(() -> CatalogueLoader.load("catalogue/v0.json"))
			.withMessageContaining("catalogue/v0.json")
			.withMessageContaining("no such resource");
	}

	@Test
	void invalidJsonIsReported() {
		assertThatExceptionOfType(CatalogueException.class)
			.isThrownBy(() -> CatalogueLoader.parse("broken.json", "{ \"version\": "))
			.withMessageContaining("broken.json")
			.withMessageContaining("not valid JSON");
	}

	@Test
	void ruleNamingAnUnknownTrait() {
		assertBroken((root) -> rule(root, 0).withObjectProperty("when").put("trait", "teamSize"),
				"rules[0] (domainSize-small).when: unknown trait 'teamSize'");
	}

	@Test
	void ruleNamingAnUnknownOption() {
		assertBroken((root) -> ((ArrayNode) rule(root, 0).withObjectProperty("when").get("anyOf")).set(0, "tiny"),
				"rules[0] (domainSize-small).when: unknown option 'tiny' of trait 'domainSize'");
	}

	@Test
	void ruleNamingAnUnknownArchitecture() {
		assertBroken((root) -> rule(root, 0).withObjectProperty("effects").put("mainframe", 1),
				"rules[0] (domainSize-small).effects: unknown architecture 'mainframe'");
	}

	@Test
	void ruleNamingAnUnknownCriterion() {
		assertBroken((root) -> ((ArrayNode) rule(root, 0).get("criteria")).add("happiness"),
				"rules[0] (domainSize-small).criteria[2]: unknown criterion 'happiness'");
	}

	@Test
	void effectOutsideTheScale() {
		assertBroken((root) -> rule(root, 0).withObjectProperty("effects").put("monolith", 3),
				"effect for 'monolith' is 3, must be a whole number from -2 to 2");
	}

	@Test
	void fractionalEffect() {
		assertBroken((root) -> rule(root, 0).withObjectProperty("effects").put("monolith", 1.5),
				"effect for 'monolith' is 1.5");
	}

	@Test
	void duplicateRuleId() {
		assertBroken((root) -> rule(root, 1).put("id", "domainSize-small"),
				"rules[1] (domainSize-small): duplicate rule id 'domainSize-small'");
	}

	@Test
	void duplicateTraitId() {
		assertBroken((root) -> ((ObjectNode) root.get("traits").get(1)).put("id", "domainSize"),
				"duplicate trait id 'domainSize'");
	}

	@Test
	void stepNamingAnUnknownTrait() {
		assertBroken((root) -> ((ArrayNode) root.get("steps").get(0).get("traits")).add("teamMood"),
				"steps[0] (application).traits[5]: unknown trait 'teamMood'");
	}

	@Test
	void traitAskedByNoStep() {
		assertBroken((root) -> ((ArrayNode) root.get("steps").get(0).get("traits")).remove(0),
				"traits (domainSize): no step asks this trait");
	}

	@Test
	void numericConditionOnAChoiceTrait() {
		assertBroken((root) -> {
			ObjectNode when = rule(root, 0).withObjectProperty("when");
			when.remove("anyOf");
			when.put("atLeast", 3);
		}, "trait 'domainSize' is a choice: use anyOf, not atLeast/below");
	}

	@Test
	void numericThresholdOutsideTheRange() {
		assertBroken((root) -> ruleById(root, "engineers-few").withObjectProperty("when").put("below", 200000),
				"threshold 200000.0 lies outside the range of 'engineers'");
	}

	@Test
	void knockOutNamingAnUnknownArchitecture() {
		assertBroken((root) -> ((ObjectNode) root.get("knockOuts").get(0)).put("architecture", "faas"),
				"knockOuts[0] (serverless-duration-limit): unknown architecture 'faas'");
	}

	@Test
	void knockOutNamingAnUnknownOption() {
		assertBroken((root) -> ((ArrayNode) root.get("knockOuts").get(1).get("when").get("anyOf")).set(0, "tpu"),
				"knockOuts[1] (serverless-no-gpu).when: unknown option 'tpu' of trait 'specialRuntime'");
	}

	@Test
	void riskNamingAnUnknownTrait() {
		assertBroken((root) -> ((ObjectNode) root.get("risks").get(0).get("when").get(0)).put("trait", "logging"),
				"risks[0] (monitoring-spread).when[0]: unknown trait 'logging'");
	}

	@Test
	void duplicateRiskId() {
		assertBroken((root) -> ((ObjectNode) root.get("risks").get(1)).put("id", "monitoring-spread"),
				"duplicate risk id 'monitoring-spread'");
	}

	@Test
	void criterionInAnUnknownGroup() {
		assertBroken((root) -> ((ObjectNode) root.get("criteria").get(0)).put("group", "people"),
				"criteria[0] (decoupling): unknown group 'people'");
	}

	@Test
	void groupWeightsMustAddUpToOne() {
		assertBroken((root) -> root.withObjectProperty("groups").put("delivery", 0.5), "weights must add up to 1");
	}

	@Test
	void misspelledField() {
		assertBroken((root) -> {
			ObjectNode rule = rule(root, 0);
			rule.set("efects", rule.remove("effects"));
		}, "rules[0] (domainSize-small): unknown field 'efects'");
	}

	@Test
	void missingPriceDefault() {
		assertBroken((root) -> root.withObjectProperty("pricing").withObjectProperty("defaults").remove("cpuShare"),
				"pricing.defaults: missing 'cpuShare'");
	}

	@Test
	void badPricingDate() {
		assertBroken((root) -> root.withObjectProperty("pricing").put("date", "November 2026"),
				"'November 2026' is not an ISO date");
	}

	@Test
	void spilloverNamingAKnockOutOfAnotherArchitecture() {
		assertBroken((root) -> ((ArrayNode) root.withObjectProperty("spillover").get("knockOuts")).add("nothing-here"),
				"spillover: unknown knock-out 'nothing-here'");
	}

	@Test
	void everyArchitectureKnockedOutIsRejected() {
		assertBroken((root) -> {
			ArrayNode knockOuts = (ArrayNode) root.get("knockOuts");
			for (String architecture : new String[] { "monolith", "microservices", "hybrid" }) {
				ObjectNode copy = (ObjectNode) knockOuts.get(0).deepCopy();
				copy.put("id", "no-" + architecture);
				copy.put("architecture", architecture);
				knockOuts.add(copy);
			}
		}, "every architecture can be knocked out");
	}

	@Test
	void reportsEveryProblemAtOnce() {
		CatalogueException ex = broken((root) -> {
			rule(root, 0).withObjectProperty("effects").put("monolith", 5);
			rule(root, 1).withObjectProperty("when").put("trait", "nope");
		});
		assertThat(ex.problems()).hasSize(2);
		assertThat(ex.getMessage()).contains("2 problems").contains("rules[0]").contains("rules[1]");
	}

	private static ObjectNode rule(ObjectNode root, int index) {
		return (ObjectNode) root.get("rules").get(index);
	}

	private static ObjectNode ruleById(ObjectNode root, String id) {
		for (var rule : root.get("rules")) {
			if (rule.get("id").asString().equals(id)) {
				return (ObjectNode) rule;
			}
		}
		throw new IllegalArgumentException(id);
	}

	private static void assertBroken(Consumer<ObjectNode> change, String expected) {
		CatalogueException ex = broken(change);
		assertThat(ex.getMessage()).contains("broken-v1.json").contains(expected);
	}

	private static CatalogueException broken(Consumer<ObjectNode> change) {
		ObjectNode root = (ObjectNode) MAPPER.readTree(builtIn());
		change.accept(root);
		String json = MAPPER.writeValueAsString(root);
		try {
			CatalogueLoader.parse("broken-v1.json", json);
		}
		catch (CatalogueException ex) {
			return ex;
		}
		throw new AssertionError("The changed catalogue was accepted");
	}

	private static String builtIn() {
		try (InputStream in = CatalogueLoaderTests.class.getClassLoader().getResourceAsStream("catalogue/v1.json")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
