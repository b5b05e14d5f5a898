package io.archfit.catalogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The ids of catalogue v1 are a contract of the API, saved assessments and exports.
 */
class CatalogueV1Tests {

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().version("v1").orElseThrow();

	@Test
	void architecturesInDisplayOrder() {
		assertThat(CATALOGUE.architectures()).containsExactly("monolith", "microservices", "serverless", "hybrid");
	}

	@Test
	void criteriaWithGroupsAndKinds() {
		assertThat(CATALOGUE.criteria()).extracting(Criterion::id)
			.containsExactly("decoupling", "scaling", "deployment", "operations", "granularity", "cost", "latency",
					"runtimeFit", "complexity", "observability", "eventDriven", "portability", "timeToMarket",
					"consistency");
		assertThat(CATALOGUE.criterion("decoupling")).get().extracting(Criterion::kind).isEqualTo("similarity");
		assertThat(CATALOGUE.criterion("operations")).get().extracting(Criterion::kind).isEqualTo("difference");
		assertThat(CATALOGUE.criterion("eventDriven")).get().extracting(Criterion::kind).isEqualTo("combined");
		assertThat(CATALOGUE.groupWeights()).containsOnlyKeys("organisation", "workload", "constraints", "delivery");
		assertThat(CATALOGUE.groupWeights().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				within(1e-9));
	}

	@Test
	void stepsAskTheTraitsInOrder() {
		assertThat(CATALOGUE.steps()).extracting(Step::id)
			.containsExactly("application", "workload", "team", "delivery");
		assertThat(CATALOGUE.steps().get(0).traitIds()).containsExactly("domainSize", "boundaryClarity",
				"dataConsistency", "statefulness", "loadDivergence");
		assertThat(CATALOGUE.steps().get(1).traitIds()).containsExactly("trafficPattern", "monthlyRequests",
				"peakToAverage", "taskDuration", "latencyBudget", "eventDriven", "payloadSize", "specialRuntime",
				"avgDurationMs", "memoryMb");
		assertThat(CATALOGUE.steps().get(2).traitIds()).containsExactly("teamCount", "engineers", "devopsMaturity",
				"observability", "stackDiversity");
		assertThat(CATALOGUE.steps().get(3).traitIds()).containsExactly("releaseCadence", "timeToMarket", "budgetModel",
				"lockInTolerance", "compliance");
	}

	@Test
	void optionsAreVerbatimAndInScaleOrder() {
		Map<String, List<String>> expected = Map.ofEntries(Map.entry("domainSize", List.of("small", "medium", "large")),
				Map.entry("boundaryClarity", List.of("clear", "partial", "unclear")),
				Map.entry("dataConsistency", List.of("strong", "mixed", "eventual")),
				Map.entry("statefulness", List.of("stateless", "in-memory", "long-lived-connections")),
				Map.entry("loadDivergence", List.of("uniform", "hot-spots", "divergent")),
				Map.entry("trafficPattern", List.of("steady", "daily-cycle", "spiky", "idle-mostly", "unpredictable")),
				Map.entry("taskDuration", List.of("subsecond", "seconds", "minutes", "long-running")),
				Map.entry("latencyBudget", List.of("strict", "interactive", "relaxed")),
				Map.entry("eventDriven", List.of("request-response", "some-async", "event-core")),
				Map.entry("payloadSize", List.of("small", "medium", "large")),
				Map.entry("specialRuntime", List.of("none", "custom-binaries", "gpu")),
				Map.entry("teamCount", List.of("one", "few", "many")),
				Map.entry("devopsMaturity", List.of("low", "medium", "high")),
				Map.entry("observability", List.of("basic", "centralized", "tracing")),
				Map.entry("stackDiversity", List.of("one", "two", "many")),
				Map.entry("releaseCadence", List.of("monthly", "weekly", "daily")),
				Map.entry("timeToMarket", List.of("under-3-months", "3-to-9-months", "longer")),
				Map.entry("budgetModel", List.of("pay-per-use", "predictable")),
				Map.entry("lockInTolerance", List.of("high", "medium", "low")),
				Map.entry("compliance", List.of("none", "regulated", "on-premises-only")));
		expected.forEach((trait, options) -> assertThat(CATALOGUE.trait(trait)).get()
			.satisfies((t) -> assertThat(t.options()).as(trait).containsExactlyElementsOf(options)));
	}

	@Test
	void numericTraitsWithTheirRanges() {
		assertRange("monthlyRequests", TraitType.INTEGER, 0, 10_000_000_000.0, false);
		assertRange("peakToAverage", TraitType.NUMBER, 1, 100, false);
		assertRange("avgDurationMs", TraitType.INTEGER, 1, 3_600_000, true);
		assertRange("memoryMb", TraitType.INTEGER, 128, 10_240, true);
		assertRange("engineers", TraitType.INTEGER, 1, 100_000, false);
	}

	@Test
	void knockOutsRuleOutServerless() {
		assertThat(CATALOGUE.knockOuts()).allSatisfy((ko) -> assertThat(ko.architecture()).isEqualTo("serverless"));
		assertThat(CATALOGUE.knockOuts()).extracting((ko) -> (Condition.OnTrait) ko.when())
			.extracting((when) -> when.trait() + "=" + when.anyOf())
			.containsExactlyInAnyOrder("taskDuration=[long-running]", "specialRuntime=[gpu]",
					"compliance=[on-premises-only]", "statefulness=[long-lived-connections]");
	}

	@Test
	void pricingDefaultsAreDated() {
		assertThat(CATALOGUE.pricingDate()).isEqualTo("2026-11-01");
		assertThat(CATALOGUE.pricingDefaults()).containsOnlyKeys(CatalogueLoader.PRICING_NAMES)
			.containsEntry("faasRequestPerMillionUsd", 0.20)
			.containsEntry("faasGbSecondUsd", 0.0000166667)
			.containsEntry("faasFreeRequests", 1_000_000.0)
			.containsEntry("faasFreeGbSeconds", 400_000.0)
			.containsEntry("gatewayPerMillionUsd", 1.00)
			.containsEntry("vcpuHourUsd", 0.04048)
			.containsEntry("gbHourUsd", 0.004445)
			.containsEntry("taskVcpu", 0.5)
			.containsEntry("taskMemoryGb", 1.0)
			.containsEntry("targetUtilization", 0.6)
			.containsEntry("minTasks", 2.0)
			.containsEntry("loadBalancerMonthlyUsd", 22.27)
			.containsEntry("cpuShare", 0.2);
	}

	@Test
	void everyRuleIdIsNamedAfterItsTrait() {
		assertThat(CATALOGUE.rules())
			.allSatisfy((rule) -> assertThat(rule.id()).startsWith(rule.when().traits().get(0) + "-"));
	}

	private static void assertRange(String id, TraitType type, double min, double max, boolean costInput) {
		Trait trait = CATALOGUE.trait(id).orElseThrow();
		assertThat(trait.type()).as(id).isEqualTo(type);
		assertThat(trait.min()).as(id).isEqualTo(min);
		assertThat(trait.max()).as(id).isEqualTo(max);
		assertThat(trait.costInput()).as(id).isEqualTo(costInput);
		assertThat(trait.options()).isEmpty();
	}

}
