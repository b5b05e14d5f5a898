package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.web.ReportSummary.WeighedAnswer;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.Comparison;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evaluation.CostEstimate;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.evaluation.Reason;
import io.archfit.evaluation.Risk;
import io.archfit.evaluation.TippingPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The summary's choice of reasons: an answer weighs by the criterion's weight times its
 * effect on the recommended architecture minus its effect on the runner-up, summed over
 * the rules it fired; the three heaviest speak for the recommendation, the lightest below
 * zero against it.
 */
class ReportSummaryTests {

	static final String RECOMMENDED = "serverless";

	static final String RUNNER_UP = "monolith";

	@Test
	void theThreeAnswersThatWeighMostForTheRecommendationComeFirstAndTheHeaviestAgainstIsNamed() {
		Evaluation evaluation = evaluation(
				criterion("cost", 0.20, reason("cost-low", "monthlyRequests", "2000000", 2, -1),
						reason("steady", "trafficPattern", "steady", -1, 1)),
				criterion("operations", 0.10, reason("devops-low", "devopsMaturity", "low", 1, 1),
						reason("tiny-team", "engineers", "4", 2, 0)),
				criterion("complexity", 0.05, reason("small", "domainSize", "small", 1, 0),
						reason("one-team", "teamCount", "one", 1, 2)));

		ReportSummary summary = ReportSummary.of(evaluation,
				(trait) -> !trait.equals("monthlyRequests") && !trait.equals("engineers"));

		assertThat(summary.reasonsFor()).extracting(WeighedAnswer::trait)
			.containsExactly("monthlyRequests", "engineers", "domainSize");
		assertThat(summary.reasonsFor()).extracting(WeighedAnswer::weight)
			.satisfiesExactly((w) -> assertThat(w).isCloseTo(0.60, within(1e-9)),
					(w) -> assertThat(w).isCloseTo(0.20, within(1e-9)),
					(w) -> assertThat(w).isCloseTo(0.05, within(1e-9)));
		assertThat(summary.reasonsFor().get(0).criterion()).isEqualTo("cost");
		assertThat(summary.reasonsFor().get(0).shown()).isEqualTo("2\u00a0000\u00a0000");
		assertThat(summary.reasonsFor().get(0).choice()).isFalse();
		// trafficPattern: 0.20 × (−1 − 1) = −0.40; teamCount: 0.05 × (1 − 2) = −0.05.
		assertThat(summary.reasonAgainst().trait()).isEqualTo("trafficPattern");
		assertThat(summary.reasonAgainst().weight()).isCloseTo(-0.40, within(1e-9));
		assertThat(summary.reasonAgainst().ruleId()).isEqualTo("steady");
		assertThat(summary.reasonAgainst().choice()).isTrue();
	}

	@Test
	void anAnswerThatMovesBothAlikeSpeaksNeitherForNorAgainst() {
		Evaluation evaluation = evaluation(
				criterion("operations", 0.5, reason("devops-low", "devopsMaturity", "low", 2, 2),
						reason("other-only", "stackDiversity", "many", 0, 0)));

		ReportSummary summary = ReportSummary.of(evaluation, (trait) -> true);

		assertThat(summary.reasonsFor()).isEmpty();
		assertThat(summary.reasonAgainst()).isNull();
	}

	@Test
	void anAnswerThatFiredRulesOnSeveralCriteriaWeighsOnceWithTheSumShownByItsHeaviestRule() {
		// teamCount=one: +0.10 on decoupling, +0.30 on complexity, −0.05 on deployment:
		// one answer of weight 0.35, shown by its complexity rule. A lone answer of 0.30
		// on another criterion comes after it.
		Evaluation evaluation = evaluation(
				criterion("decoupling", 0.10, reason("one-team-decoupling", "teamCount", "one", 1, 0)),
				criterion("deployment", 0.05, reason("one-team-deploy", "teamCount", "one", 0, 1)),
				criterion("complexity", 0.15, reason("one-team-complexity", "teamCount", "one", 2, 0),
						reason("strict", "latencyBudget", "strict", 2, 0)));

		ReportSummary summary = ReportSummary.of(evaluation, (trait) -> true);

		assertThat(summary.reasonsFor()).extracting(WeighedAnswer::trait).containsExactly("teamCount", "latencyBudget");
		WeighedAnswer team = summary.reasonsFor().get(0);
		assertThat(team.weight()).isCloseTo(0.35, within(1e-9));
		assertThat(team.ruleId()).isEqualTo("one-team-complexity");
		assertThat(team.criterion()).isEqualTo("complexity");
		assertThat(summary.reasonAgainst()).isNull();
	}

	@Test
	void anAnswerAgainstIsShownByItsRuleThatWeighsMostAgainst() {
		Evaluation evaluation = evaluation(
				criterion("latency", 0.10, reason("strict-latency", "latencyBudget", "strict", -2, 1)),
				criterion("cost", 0.10, reason("strict-cost", "latencyBudget", "strict", 1, 0)));

		WeighedAnswer against = ReportSummary.of(evaluation, (trait) -> true).reasonAgainst();

		assertThat(against.weight()).isCloseTo(-0.20, within(1e-9));
		assertThat(against.ruleId()).isEqualTo("strict-latency");
		assertThat(against.criterion()).isEqualTo("latency");
	}

	@Test
	void answersOfEqualWeightKeepTheOrderOfTheCriteriaAndOnlyThreeAreShown() {
		Evaluation evaluation = evaluation(
				criterion("decoupling", 0.10, reason("a", "domainSize", "small", 1, 0),
						reason("b", "boundaryClarity", "clear", 1, 0)),
				criterion("scaling", 0.10, reason("c", "loadDivergence", "divergent", 1, 0),
						reason("d", "trafficPattern", "spiky", 1, 0)),
				criterion("latency", 0.10, reason("e", "latencyBudget", "strict", -1, 0),
						reason("f", "payloadSize", "large", -1, 0)));

		ReportSummary summary = ReportSummary.of(evaluation, (trait) -> true);

		assertThat(summary.reasonsFor()).extracting(WeighedAnswer::ruleId).containsExactly("a", "b", "c");
		assertThat(summary.reasonAgainst().ruleId()).isEqualTo("e");
	}

	@Test
	void weightsThatCancelToRoundingNoiseCountAsNothing() {
		// 0.1 + 0.2 − 0.3 is not exactly 0 in floating point.
		Evaluation evaluation = evaluation(criterion("cost", 0.1, reason("up", "budgetModel", "predictable", 1, 0)),
				criterion("latency", 0.2, reason("up-again", "budgetModel", "predictable", 1, 0)),
				criterion("scaling", 0.3, reason("down", "budgetModel", "predictable", 0, 1)));

		ReportSummary summary = ReportSummary.of(evaluation, (trait) -> true);

		assertThat(summary.reasonsFor()).isEmpty();
		assertThat(summary.reasonAgainst()).isNull();
	}

	@Test
	void aCloseCallNamesTheQuestionsOfTheNearestTippingPointsOnce() {
		List<TippingPoint> tips = List.of(new TippingPoint("teamCount", "one", "few", RUNNER_UP, 1),
				new TippingPoint("teamCount", "one", "many", RUNNER_UP, 2),
				new TippingPoint("latencyBudget", null, "strict", RUNNER_UP, 1),
				new TippingPoint("domainSize", "small", "medium", RUNNER_UP, 1),
				new TippingPoint("compliance", null, "regulated", RUNNER_UP, 1));

		ReportSummary close = ReportSummary.of(evaluation(true, tips, List.of(), null), (trait) -> true);
		ReportSummary clear = ReportSummary.of(evaluation(false, tips, List.of(), null), (trait) -> true);

		assertThat(close.closeCall()).isTrue();
		assertThat(close.decidingQuestions()).containsExactly("teamCount", "latencyBudget", "domainSize");
		assertThat(clear.decidingQuestions()).isEmpty();
	}

	@Test
	void theMainRiskIsTheFirstThatConcernsTheRecommendedArchitecture() {
		List<Risk> risks = List.of(new Risk("transactions", List.of(RUNNER_UP), List.of("dataConsistency")),
				new Risk("cold-starts", List.of(RECOMMENDED), List.of("latencyBudget")),
				new Risk("runaway-cost", List.of(RECOMMENDED, RUNNER_UP), List.of("trafficPattern")));

		assertThat(ReportSummary.of(evaluation(false, List.of(), risks, null), (trait) -> true).risk().id())
			.isEqualTo("cold-starts");
		assertThat(ReportSummary.of(evaluation(false, List.of(), risks.subList(0, 1), null), (trait) -> true).risk())
			.isNull();
	}

	@Test
	void theCostOfTheRecommendedArchitectureStandsNextToTheRunnerUps() {
		CostEstimate cost = new CostEstimate(List.of(new ArchitectureCost(RUNNER_UP, 58.31, Map.of()),
				new ArchitectureCost("microservices", 300, Map.of()),
				new ArchitectureCost(RECOMMENDED, 1234.5, Map.of())), null, null);

		ReportSummary summary = ReportSummary.of(evaluation(false, List.of(), List.of(), cost), (trait) -> true);
		ReportSummary none = ReportSummary.of(evaluation(false, List.of(), List.of(), null), (trait) -> true);

		assertThat(summary.costCompared()).isTrue();
		assertThat(summary.recommendedMonthly()).isEqualTo("$1,234.50");
		assertThat(summary.runnerUpMonthly()).isEqualTo("$58.31");
		assertThat(none.costCompared()).isFalse();
	}

	private static CriterionResult criterion(String id, double weight, Reason... reasons) {
		return new CriterionResult(id, weight, false, Map.of(), List.of(reasons));
	}

	/**
	 * A rule of one answer with its effect on the recommended architecture and on the
	 * runner-up (and an effect on another architecture, which must not count).
	 */
	private static Reason reason(String ruleId, String trait, String value, int recommended, int runnerUp) {
		return new Reason(ruleId, trait, value, Map.of(RECOMMENDED, recommended, RUNNER_UP, runnerUp, "hybrid", -2));
	}

	private static Evaluation evaluation(CriterionResult... criteria) {
		return evaluation(false, List.of(), List.of(), null, List.of(criteria));
	}

	private static Evaluation evaluation(boolean closeCall, List<TippingPoint> tips, List<Risk> risks,
			CostEstimate cost) {
		return evaluation(closeCall, tips, risks, cost, List.of());
	}

	private static Evaluation evaluation(boolean closeCall, List<TippingPoint> tips, List<Risk> risks,
			CostEstimate cost, List<CriterionResult> criteria) {
		List<RankedArchitecture> ranking = new ArrayList<>();
		ranking.add(new RankedArchitecture(RECOMMENDED, 70, true, List.of()));
		ranking.add(new RankedArchitecture(RUNNER_UP, 60, true, List.of()));
		return new Evaluation("archfit", "v1", RECOMMENDED, 0.5, ConfidenceLevel.MEDIUM, closeCall, ranking, criteria,
				new Comparison(RECOMMENDED, RUNNER_UP, List.of(), List.of()), risks, tips, List.of(), cost);
	}

}
