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
	void spilloverLiftIsStepOrGap() {
		assertBroken((root) -> root.withObjectProperty("spillover").put("lift", "all"),
				"spillover.lift: must be 'step' or 'gap'");
		assertThat(CatalogueLoader.parse("v1.json", builtIn()).spillover().orElseThrow().lift())
			.isEqualTo(Spillover.Lift.STEP);
	}

	@Test
	void precedentSharesMustRiseWithAgreementAndStayShares() {
		assertBroken((root) -> withConfidence(root, "[0.5, 0.4, 0.9]"),
				"confidence.precedents[1]: must be a share between 0 and 1, not below the one before");
		assertBroken((root) -> withConfidence(root, "[0.5, 1.2]"), "confidence.precedents[1]");
		assertBroken((root) -> withConfidence(root, "[0.5]"),
				"confidence.precedents: needs a share for none and for all of the nearest cases");
		ObjectNode valid = v1();
		withConfidence(valid, "[0.47, 0.47, 0.78, 0.97]");
		assertThat(CatalogueLoader.parse("v1.json", MAPPER.writeValueAsString(valid))
			.confidence()
			.orElseThrow()
			.precedents()).containsExactly(0.47, 0.47, 0.78, 0.97);
	}

	private static void withConfidence(ObjectNode root, String precedents) {
		String source = root.get("references").get(0).get("id").asString();
		root.set("confidence",
				MAPPER.readTree("{\"knots\": [[0, 0.6], [10, 0.9]], \"tippingPenalty\": 0.02, "
						+ "\"tippingCap\": 10, \"high\": 0.85, \"medium\": 0.65, \"closeCall\": 1.5, \"precedents\": "
						+ precedents + ", \"sources\": [\"" + source + "\"]}"));
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

	@Test
	void ruleWithoutSourcesIsRefused() {
		assertBroken((root) -> rule(root, 0).remove("sources"), "rules[0] (domainSize-small): missing 'sources'");
	}

	@Test
	void ruleCitingAnUnknownReferenceIsRefused() {
		assertBroken((root) -> ((ArrayNode) rule(root, 0).get("sources")).add("someone-2099"),
				"rules[0] (domainSize-small).sources: unknown reference 'someone-2099'");
	}

	@Test
	void referenceWithoutAWebAddressIsRefused() {
		assertBroken((root) -> ((ObjectNode) root.get("references").get(0)).put("url", "martinfowler.com"),
				"url must start with https:// or http://");
	}

	@Test
	void priceDefaultWithoutASourceIsRefused() {
		assertBroken((root) -> root.withObjectProperty("pricing").withObjectProperty("sources").remove("minTasks"),
				"pricing.sources: no source for 'minTasks'");
	}

	@Test
	void combinedConditionsAndQuantitiesAreRead() {
		ObjectNode root = v1();
		addQuantity(root);
		ObjectNode when = rule(root, 0).putObject("when");
		ArrayNode all = when.putArray("all");
		all.addObject().put("trait", "teamCount").putArray("anyOf").add("many");
		ArrayNode any = all.addObject().putArray("any");
		any.addObject().put("quantity", "engineersPerTeam").put("atLeast", 12);
		any.addObject().put("trait", "engineers").put("atLeast", 200);
		Catalogue catalogue = CatalogueLoader.parse("combined.json", MAPPER.writeValueAsString(root));
		Condition read = catalogue.rules().get(0).when();
		assertThat(read).isInstanceOf(Condition.All.class);
		assertThat(read.traits()).containsExactly("teamCount", "engineers");
		assertThat(read.quantities()).containsExactly("engineersPerTeam");
		assertThat(catalogue.quantity("engineersPerTeam").orElseThrow().traits()).containsExactly("engineers",
				"teamCount");
	}

	@Test
	void conditionOnAnUnknownQuantityIsRefused() {
		assertBroken((root) -> {
			ObjectNode when = rule(root, 0).putObject("when");
			when.put("quantity", "happiness").put("atLeast", 1);
		}, "rules[0] (domainSize-small).when: unknown quantity 'happiness'");
	}

	@Test
	void quantityThresholdOutsideWhatItsAnswersCanGiveIsRefused() {
		assertBroken((root) -> {
			addQuantity(root);
			rule(root, 0).putObject("when").put("quantity", "engineersPerTeam").put("below", 1e29);
		}, "threshold 1.0E29 lies outside the range of quantity 'engineersPerTeam' (0.16666666666666666 … 100000.0)");
		assertBroken((root) -> {
			addQuantity(root);
			rule(root, 0).putObject("when").put("quantity", "engineersPerTeam").put("atLeast", 0.1);
		}, "lies outside the range of quantity 'engineersPerTeam'");
	}

	@Test
	void quantityOfAChoiceNeedsANumberForEveryOption() {
		assertBroken((root) -> {
			addQuantity(root);
			((ObjectNode) root.get("quantities").get(0).get("terms").get(1).get("values")).remove("few");
		}, "missing a number for [few]");
	}

	@Test
	void conditionsNestedTooDeepAreRefused() {
		assertBroken((root) -> {
			ObjectNode when = rule(root, 0).putObject("when");
			for (int depth = 0; depth < CatalogueLimits.CONDITION_DEPTH; depth++) {
				ArrayNode all = when.putArray("all");
				all.addObject().put("trait", "teamCount").putArray("anyOf").add("many");
				when = all.addObject();
			}
			when.put("trait", "domainSize").putArray("anyOf").add("small");
		}, "conditions are nested more than " + CatalogueLimits.CONDITION_DEPTH + " deep");
	}

	@Test
	void aCombinationNeedsTwoConditions() {
		assertBroken((root) -> {
			ArrayNode all = rule(root, 0).putObject("when").putArray("all");
			all.addObject().put("trait", "teamCount").putArray("anyOf").add("many");
		}, "'all' needs at least two conditions");
	}

	@Test
	void tooManyRulesAreRefused() {
		assertBroken((root) -> {
			ArrayNode rules = (ArrayNode) root.get("rules");
			for (int i = rules.size(); i <= CatalogueLimits.RULES; i++) {
				rules.add(((ObjectNode) rules.get(0).deepCopy()).put("id", "copy-" + i));
			}
		}, "at most " + CatalogueLimits.RULES + " rules are allowed");
	}

	@Test
	void everyProblemNamesItsJsonPath() {
		CatalogueException ex = broken((root) -> rule(root, 3).withObjectProperty("effects").put("mainframe", 1));
		assertThat(ex.details()).singleElement().satisfies((problem) -> {
			assertThat(problem.path()).isEqualTo("$.rules[3].effects");
			assertThat(problem.label()).isEqualTo("rules[3] (boundaryClarity-unclear).effects");
		});
	}

	@Test
	void costModelHostingAnUnknownArchitectureIsRefused() {
		assertBroken((root) -> root.withObjectProperty("costModel")
			.withObjectProperty("hosting")
			.put("mainframe", "services"), "costModel.hosting: unknown architecture 'mainframe'");
	}

	@Test
	void costBandsMustRiseWithTheBreakEvenMultiple() {
		assertBroken(
				(root) -> ((ObjectNode) root.withObjectProperty("costModel").get("bands").get(2)).put("below", 0.2),
				"costModel.bands[2]: 'below' must be a multiple of the break-even above the previous band's");
	}

	@Test
	void aDocumentTooLongIsRefusedBeforeItIsRead() {
		String json = "{\"version\": \"" + "x".repeat(CatalogueLoader.MAX_DOCUMENT_CHARS) + "\"}";
		assertThatExceptionOfType(CatalogueException.class).isThrownBy(() -> CatalogueLoader.parse("big.json", json))
			.withMessageContaining("characters long");
	}

	private static void addQuantity(ObjectNode root) {
		ObjectNode quantity = root.putArray("quantities").addObject().put("id", "engineersPerTeam");
		ArrayNode terms = quantity.putArray("terms");
		terms.addObject().put("trait", "engineers");
		ObjectNode teams = terms.addObject().put("trait", "teamCount").put("power", -1);
		teams.putObject("values").put("one", 1).put("few", 2.5).put("many", 6);
	}

	@Test
	void textsOfTheDocumentAreReadAndWrittenBack() {
		ObjectNode root = v1();
		root.putObject("texts").putObject("de").put("rule.domainSize-small", "Kleine Domäne, ein Modul.");
		((ObjectNode) root.get("texts")).putObject("en").put("rule.domainSize-small", "Small domain, one module.");
		Catalogue catalogue = CatalogueLoader.parse("texts.json", MAPPER.writeValueAsString(root));
		assertThat(catalogue.texts().text("rule.domainSize-small", java.util.Locale.GERMAN))
			.isEqualTo("Kleine Domäne, ein Modul.");
		assertThat(catalogue.texts().text("rule.domainSize-small", java.util.Locale.ENGLISH))
			.isEqualTo("Small domain, one module.");
		assertThat(catalogue.texts().text("rule.domainSize-large", java.util.Locale.ENGLISH)).isNull();
		String written = MAPPER.writeValueAsString(CatalogueWriter.document(catalogue));
		assertThat(MAPPER.readTree(written).get("texts")).isEqualTo(root.get("texts"));
	}

	@Test
	void textsNeedAKnownLanguageAKnownElementAndNoControlCharacters() {
		CatalogueException ex = broken((root) -> {
			ObjectNode texts = root.putObject("texts");
			texts.putObject("fr").put("rule.domainSize-small", "Petit domaine.");
			ObjectNode en = texts.putObject("en");
			en.put("rule.no-such-rule", "Nothing.");
			en.put("rule.domainSize-small", "Small\u0007 domain.");
			en.put("rule.domainSize-large", " ");
			en.put("not a key", "x");
			en.put("rule.domainSize-medium", "x".repeat(CatalogueLimits.TEXT_CHARS + 1));
		});
		assertThat(ex.details()).extracting(CatalogueProblem::path)
			.containsExactlyInAnyOrder("$.texts", "$.texts.en.rule.no-such-rule", "$.texts.en.rule.domainSize-small",
					"$.texts.en.rule.domainSize-large", "$.texts.en.not a key", "$.texts.en.rule.domainSize-medium");
		assertThat(ex.getMessage()).contains("unknown field 'fr'")
			.contains("no element of the catalogue has this text")
			.contains("must not contain control characters");
	}

	@Test
	void tooManyTextsAreRefused() {
		assertBroken((root) -> {
			ObjectNode en = root.putObject("texts").putObject("en");
			for (int i = 0; i <= CatalogueLimits.TEXTS; i++) {
				en.put("rule.r" + i, "x");
			}
		}, "at most " + CatalogueLimits.TEXTS + " texts a language are allowed");
	}

	@Test
	void controlCharactersInAnyTextFieldAreRefused() {
		assertBroken((root) -> ((ObjectNode) root.get("references").get(0)).put("title", "A\nB"),
				"'title' must not contain control characters");
	}

	private static ObjectNode v1() {
		return (ObjectNode) MAPPER.readTree(builtIn());
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
