package io.archfit.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.archfit.evaluation.AnswerSets.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost model's part of the {@code cost} criterion: the volume against the
 * serverless/monolith break-even (about 32 million requests a month for 100 ms, 512 MB
 * and the default prices).
 */
class CostBandsTests {

	private static final CostBands BANDS = CatalogueCompiler.compile(AnswerSets.CATALOGUE).cost;

	private final Evaluator evaluator = new Evaluator(AnswerSets.CATALOGUE);

	private static Answers workload(String monthlyRequests) {
		return answers("monthlyRequests", monthlyRequests, "avgDurationMs", "100", "memoryMb", "512", "peakToAverage",
				"5");
	}

	@ParameterizedTest(name = "{0} requests a month")
	@CsvSource({ "0, 0", "1000000, 0", "5000000, 1", "20000000, 2", "50000000, 2", "100000000, 3", "400000000, 4",
			"10000000000, 4" })
	void bandFollowsTheVolumeAgainstTheBreakEven(String volume, int band) {
		CostAssumptions defaults = CostAssumptions.defaults();
		assertThat(BANDS.band(BANDS.model.inputs(workload(volume), defaults), defaults)).isEqualTo(band);
		assertThat(costModelReason(this.evaluator.evaluate(workload(volume))).effects())
			.isEqualTo(BANDS.reasonEffects.get(band));
	}

	@Test
	void wellBelowTheBreakEvenFavoursFunctionsWellAboveItProvisionedCapacity() {
		CriterionResult low = EvaluatorTests.criterion(this.evaluator.evaluate(workload("1000000")), "cost");
		assertThat(low.scores().get("serverless")).isEqualTo(70.0);
		assertThat(low.scores().get("microservices")).isEqualTo(37.5);
		CriterionResult high = EvaluatorTests.criterion(this.evaluator.evaluate(workload("3000000000")), "cost");
		assertThat(high.scores().get("serverless")).isEqualTo(30.0);
		assertThat(high.scores().get("monolith")).isEqualTo(62.5);
		assertThat(high.scores().get("hybrid")).isEqualTo(62.5);
	}

	@Test
	void theReasonNamesTheVolumeAndIsTheOnlyOneOnTheVolume() {
		Evaluation evaluation = this.evaluator.evaluate(workload("5000000"));
		assertThat(EvaluatorTests.criterion(evaluation, "cost").reasons())
			.containsExactly(new Reason("cost-model", "monthlyRequests", "5000000", Map.of("serverless", 1)));
		assertThat(evaluation.criteria()).allSatisfy((result) -> assertThat(result.reasons())
			.noneMatch((reason) -> reason.ruleId().startsWith("monthlyRequests")));
	}

	@Test
	void anUnansweredVolumeMovesNothing() {
		Evaluation evaluation = this.evaluator.evaluate(answers("avgDurationMs", "100", "memoryMb", "512"));
		assertThat(EvaluatorTests.criterion(evaluation, "cost").reasons()).isEmpty();
		assertThat(evaluation.cost().estimates()).hasSize(4);
	}

	@Test
	void assumptionsMoveTheBreakEvenAndTheCriterion() {
		// at 20 million requests the default prices put functions near the break-even;
		// without a gateway it doubles, so functions are clearly cheaper
		Answers answers = workload("20000000");
		CostAssumptions noGateway = CostAssumptions.fromMap(Map.of("gatewayPerMillionUsd", 0));
		assertThat(costModelReason(this.evaluator.evaluate(answers)).effects()).isEmpty();
		Evaluation evaluation = this.evaluator.evaluate(answers, List.of(), noGateway);
		assertThat(costModelReason(evaluation).effects()).containsExactly(Map.entry("serverless", 1));
		assertThat(evaluation.cost().assumptions()).isEqualTo(noGateway);
		assertThat(evaluation.cost().breakEvenRequestsPerMonth()).isCloseTo(63e6, within(2e6));
	}

	@Test
	void theEvaluationCarriesTheWorkedCheck() {
		CostEstimate cost = this.evaluator.evaluate(workload("5000000")).cost();
		assertThat(cost.estimates()).filteredOn((estimate) -> estimate.architecture().equals("serverless"))
			.singleElement()
			.satisfies((estimate) -> assertThat(estimate.monthlyUsd()).isCloseTo(5.80, within(0.01)));
		assertThat(cost.estimates()).filteredOn((estimate) -> estimate.architecture().equals("monolith"))
			.singleElement()
			.satisfies((estimate) -> assertThat(estimate.monthlyUsd()).isCloseTo(58.31, within(0.01)));
		assertThat(cost.breakEvenRequestsPerMonth()).isCloseTo(32e6, within(1e6));
		assertThat(cost.assumptions()).isEqualTo(CostAssumptions.defaults());
	}

	@Test
	void defaultAssumptionsComeFromTheCatalogue() {
		assertThat(this.evaluator.defaultAssumptions()).isEqualTo(CostAssumptions.defaults());
		assertThat(AnswerSets.CATALOGUE.pricingDate()).isNotBlank();
	}

	@Test
	void tippingPointsCrossTheBreakEvenBands() {
		// a case the cost criterion decides: the volume alone can tip it
		Answers answers = AnswerSets.smallTeamMvp();
		Evaluation evaluation = this.evaluator.evaluate(answers);
		for (TippingPoint point : evaluation.tippingPoints()) {
			if (point.trait().equals("monthlyRequests") && point.to() != null) {
				Evaluation changed = this.evaluator.evaluate(answers.with("monthlyRequests", point.to()));
				assertThat(changed.recommended()).isEqualTo(point.recommended());
				assertThat(costModelReason(changed).effects()).isNotEqualTo(costModelReason(evaluation).effects());
			}
		}
		Answers bursty = workload("1000000").with("teamCount", "few")
			.with("trafficPattern", "steady")
			.with("budgetModel", "predictable");
		Evaluation tipped = this.evaluator.evaluate(bursty, List.of("cost"), null);
		assertThat(tipped.tippingPoints()).filteredOn((point) -> point.trait().equals("monthlyRequests"))
			.allSatisfy((point) -> assertThat(
					this.evaluator.evaluate(bursty.with("monthlyRequests", point.to()), List.of("cost"), null)
						.recommended())
				.isEqualTo(point.recommended()));
	}

	static Reason costModelReason(Evaluation evaluation) {
		return EvaluatorTests.criterion(evaluation, "cost")
			.reasons()
			.stream()
			.filter((reason) -> reason.ruleId().equals("cost-model"))
			.findFirst()
			.orElseThrow();
	}

}
