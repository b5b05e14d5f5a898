package io.archfit.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.catalogue.Spillover;

import static io.archfit.evaluation.AnswerSets.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class EvaluatorTests {

	private static final Catalogue CATALOGUE = AnswerSets.CATALOGUE;

	private final Evaluator evaluator = new Evaluator(CATALOGUE);

	@Test
	void scoreScaleIsCentredAndBounded() {
		assertThat(Scoring.score(0)).isEqualTo(50.0);
		assertThat(Scoring.score(3)).isEqualTo(75.0);
		assertThat(Scoring.score(-3)).isEqualTo(25.0);
		assertThat(Scoring.score(2)).isEqualTo(70.0);
		assertThat(Scoring.score(1000)).isLessThan(100.0);
		assertThat(Scoring.score(-1000)).isGreaterThan(0.0);
	}

	@Test
	void noAnswersLeaveEverythingNeutral() {
		Evaluation evaluation = this.evaluator.evaluate(Answers.empty());
		assertThat(evaluation.catalogueVersion()).isEqualTo("v1");
		assertThat(evaluation.ranking()).allSatisfy((ranked) -> {
			assertThat(ranked.score()).isEqualTo(50.0);
			assertThat(ranked.viable()).isTrue();
		});
		assertThat(evaluation.recommended()).isEqualTo("monolith");
		assertThat(evaluation.confidence()).isZero();
		assertThat(evaluation.unanswered()).hasSize(23).doesNotContain("avgDurationMs", "memoryMb");
		assertThat(evaluation.unanswered().get(0)).isEqualTo("domainSize");
		assertThat(evaluation.risks()).isEmpty();
		// the cost estimate is made with the defaults, but an unanswered volume moves
		// nothing
		assertThat(evaluation.cost().estimates()).hasSize(4);
		assertThat(criterion(evaluation, "cost").reasons()).isEmpty();
	}

	@Test
	void oneAnswerMovesItsCriteriaWithItsReason() {
		Evaluation evaluation = this.evaluator.evaluate(answers("domainSize", "small"));
		CriterionResult complexity = criterion(evaluation, "complexity");
		assertThat(complexity.scores()).containsEntry("monolith", 70.0)
			.containsEntry("microservices", 30.0)
			.containsEntry("serverless", 62.5)
			.containsEntry("hybrid", 37.5);
		assertThat(complexity.reasons()).containsExactly(new Reason("domainSize-small", "domainSize", "small",
				Map.of("monolith", 2, "microservices", -2, "serverless", 1, "hybrid", -1)));
		assertThat(criterion(evaluation, "latency").reasons()).isEmpty();
		assertThat(evaluation.recommended()).isEqualTo("monolith");
	}

	@Test
	void effectsOfSeveralAnswersAddUpOnACriterion() {
		Evaluation evaluation = this.evaluator
			.evaluate(answers("teamCount", "one", "domainSize", "small", "boundaryClarity", "unclear"));
		// complexity: monolith +2 +2 +2 = 6 -> 50 + 50 * 6 / 9
		assertThat(criterion(evaluation, "complexity").scores().get("monolith")).isEqualTo(83.3);
		assertThat(criterion(evaluation, "complexity").reasons()).extracting(Reason::ruleId)
			.containsExactly("domainSize-small", "boundaryClarity-unclear", "teamCount-one");
	}

	@Test
	void weightsComeFromGroupsAndAddUpToOne() {
		Evaluation evaluation = this.evaluator.evaluate(Answers.empty());
		assertThat(criterion(evaluation, "decoupling").weight()).isCloseTo(0.35 / 4, within(1e-4));
		assertThat(criterion(evaluation, "cost").weight()).isCloseTo(0.35 / 6, within(1e-4));
		assertThat(criterion(evaluation, "portability").weight()).isCloseTo(0.15 / 2, within(1e-4));
		assertThat(evaluation.criteria().stream().mapToDouble(CriterionResult::weight).sum()).isCloseTo(1.0,
				within(1e-3));
	}

	@Test
	void prioritiesDoubleTheirWeightBeforeRenormalising() {
		Evaluation evaluation = this.evaluator.evaluate(Answers.empty(), List.of("cost"), null);
		double raised = 2 * 0.35 / 6;
		assertThat(criterion(evaluation, "cost").weight()).isCloseTo(raised / (1 + 0.35 / 6), within(1e-4));
		assertThat(criterion(evaluation, "cost").priority()).isTrue();
		assertThat(criterion(evaluation, "latency").priority()).isFalse();
		assertThat(evaluation.criteria().stream().mapToDouble(CriterionResult::weight).sum()).isCloseTo(1.0,
				within(1e-3));
	}

	@Test
	void prioritiesCanChangeTheRecommendation() {
		// a small team with bursty, low-volume traffic but strongly consistent data: the
		// workload favours serverless; caring most about simplicity and speed tips it
		Answers answers = answers("teamCount", "one", "engineers", "6", "trafficPattern", "spiky", "monthlyRequests",
				"1000000", "peakToAverage", "10", "dataConsistency", "strong");
		assertThat(this.evaluator.evaluate(answers).recommended()).isEqualTo("serverless");
		assertThat(this.evaluator.evaluate(answers, List.of("cost", "scaling"), null).recommended())
			.isEqualTo("serverless");
		assertThat(this.evaluator.evaluate(answers, List.of("complexity", "timeToMarket"), null).recommended())
			.isEqualTo("monolith");
	}

	@Test
	void overallScoreIsTheWeightedMeanOfTheCriteria() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.largeManyTeamPlatform(), List.of("latency"), null);
		for (RankedArchitecture ranked : evaluation.ranking()) {
			double mean = evaluation.criteria()
				.stream()
				.mapToDouble((result) -> result.weight() * result.scores().get(ranked.architecture()))
				.sum();
			assertThat(ranked.score()).as(ranked.architecture()).isCloseTo(mean, within(0.2));
		}
	}

	@Test
	void knockOutMakesServerlessNotViableWithItsBlocker() {
		Evaluation evaluation = this.evaluator.evaluate(answers("taskDuration", "long-running", "trafficPattern",
				"idle-mostly", "monthlyRequests", "1000", "budgetModel", "pay-per-use"));
		RankedArchitecture serverless = ranked(evaluation, "serverless");
		assertThat(serverless.viable()).isFalse();
		assertThat(serverless.blockers())
			.containsExactly(new Blocker("serverless-duration-limit", "taskDuration", "long-running"));
		assertThat(evaluation.ranking().get(3).architecture()).isEqualTo("serverless");
		assertThat(evaluation.recommended()).isNotEqualTo("serverless");
		assertThat(evaluation.ranking().subList(0, 3)).allSatisfy((ranked) -> assertThat(ranked.blockers()).isEmpty());
	}

	@Test
	void everyKnockOutIsListed() {
		Evaluation evaluation = this.evaluator.evaluate(answers("specialRuntime", "gpu", "compliance",
				"on-premises-only", "statefulness", "long-lived-connections"));
		assertThat(ranked(evaluation, "serverless").blockers()).extracting(Blocker::id)
			.containsExactlyInAnyOrder("serverless-no-gpu", "serverless-public-cloud-only",
					"serverless-no-long-lived-connections");
	}

	@Test
	void hybridTakesOverServerlessStrengthsWhenOnlyPartsOfTheWorkAreRuledOut() {
		Answers bursty = answers("trafficPattern", "spiky", "monthlyRequests", "500000");
		double plain = criterion(this.evaluator.evaluate(bursty), "cost").scores().get("hybrid");
		Evaluation gpu = this.evaluator.evaluate(bursty.with("specialRuntime", "gpu"));
		CriterionResult cost = criterion(gpu, "cost");
		// bursty +1 and low volume 0, plus 1 each because they favour functions
		assertThat(plain).isEqualTo(Scoring.round1(Scoring.score(1)));
		assertThat(cost.scores().get("hybrid")).isEqualTo(Scoring.round1(Scoring.score(3)));
		assertThat(cost.reasons()).contains(
				new Reason("hybrid-takes-fitting-parts", "trafficPattern", "spiky", Map.of("hybrid", 1)),
				new Reason("hybrid-takes-fitting-parts", "monthlyRequests", "500000", Map.of("hybrid", 1)));
		// organisation criteria are not workload: nothing carries over there
		assertThat(criterion(gpu, "complexity").reasons()).isEmpty();
	}

	@Test
	void withTheGapLiftTheHybridTakesOverWhatFavoursFunctionsInFull() {
		Catalogue v2 = Catalogues.loadBuiltIn().version("v2").orElseThrow();
		assertThat(v2.spillover().orElseThrow().lift()).isEqualTo(Spillover.Lift.GAP);
		Evaluation gpu = new Evaluator(v2).evaluate(answers("teamCount", "one", "specialRuntime", "gpu"));
		CriterionResult complexity = criterion(gpu, "complexity");
		// one team: serverless +1, hybrid -2; the hybrid is lifted by the gap of 3
		assertThat(complexity.reasons())
			.contains(new Reason("hybrid-takes-fitting-parts", "teamCount", "one", Map.of("hybrid", 3)));
		assertThat(complexity.scores().get("hybrid")).isEqualTo(complexity.scores().get("serverless"))
			.isEqualTo(Scoring.round1(Scoring.score(1)));
		// without a knock-out nothing carries over
		CriterionResult plain = criterion(new Evaluator(v2).evaluate(answers("teamCount", "one")), "complexity");
		assertThat(plain.scores().get("hybrid")).isEqualTo(Scoring.round1(Scoring.score(-2)));
	}

	@Test
	void nothingCarriesOverWhenTheWholeSystemRulesFunctionsOut() {
		Answers onPremises = answers("trafficPattern", "spiky", "compliance", "on-premises-only");
		CriterionResult scaling = criterion(this.evaluator.evaluate(onPremises), "scaling");
		assertThat(scaling.scores().get("hybrid")).isEqualTo(62.5);
		assertThat(scaling.reasons()).extracting(Reason::ruleId).doesNotContain("hybrid-takes-fitting-parts");
		// a second, whole-system knock-out also stops the carry-over
		Evaluation both = this.evaluator.evaluate(onPremises.with("specialRuntime", "gpu"));
		assertThat(criterion(both, "scaling").scores().get("hybrid")).isEqualTo(62.5);
	}

	@Test
	void comparisonShowsSimilaritiesAndDifferencesWithReasons() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.spikyUploadProcessor());
		Comparison comparison = evaluation.comparison();
		assertThat(comparison.first()).isEqualTo(evaluation.recommended());
		assertThat(comparison.second()).isEqualTo(evaluation.ranking().get(1).architecture());
		assertThat(comparison.similarities()).isNotEmpty().allSatisfy((gap) -> {
			assertThat(gap.gap()).isLessThanOrEqualTo(LeadComparison.SIMILAR_GAP);
			assertThat(gap.reasons()).isNotEmpty();
		});
		assertThat(comparison.differences()).isNotEmpty().allSatisfy((gap) -> {
			assertThat(gap.gap()).isGreaterThan(LeadComparison.SIMILAR_GAP);
			assertThat(gap.reasons()).isNotEmpty()
				.allSatisfy((reason) -> assertThat(reason.effects().getOrDefault(comparison.first(), 0))
					.isNotEqualTo(reason.effects().getOrDefault(comparison.second(), 0)));
		});
		List<Double> gaps = comparison.differences().stream().map(CriterionGap::gap).toList();
		assertThat(gaps).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void serverlessAndMicroservicesComparedForOneApplication() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.eventDrivenPlatformWithBurstyParts());
		Comparison comparison = this.evaluator.compare(evaluation, "serverless", "microservices");
		// alike: both react to events; apart: team independence and granularity
		assertThat(comparison.similarities()).extracting(CriterionGap::criterion).contains("eventDriven");
		assertThat(comparison.differences()).extracting(CriterionGap::criterion).contains("decoupling", "granularity");
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluator.compare(evaluation, "serverless", "x"));
	}

	@Test
	void risksOnlyWhereTheAnswersMakeThemRelevant() {
		Evaluation microservices = this.evaluator
			.evaluate(AnswerSets.largeManyTeamPlatform().with("observability", "basic"));
		assertThat(microservices.risks()).extracting(Risk::id).contains("monitoring-spread", "request-tracing");
		Risk monitoring = microservices.risks()
			.stream()
			.filter((risk) -> risk.id().equals("monitoring-spread"))
			.findFirst()
			.orElseThrow();
		assertThat(monitoring.architectures()).contains(microservices.recommended());
		assertThat(monitoring.triggeredBy()).containsExactly("observability");
		// the same monitoring gap is no distributed-systems risk when a monolith leads
		// alone
		Evaluation monolith = this.evaluator.evaluate(AnswerSets.smallTeamMvp());
		assertThat(monolith.recommended()).isEqualTo("monolith");
		assertThat(monolith.risks()).isEmpty();
	}

	@Test
	void coldStartRiskOnlyForFunctionsOnTheUserPath() {
		Evaluation relaxed = this.evaluator.evaluate(AnswerSets.spikyUploadProcessor());
		assertThat(relaxed.risks()).extracting(Risk::id).doesNotContain("cold-starts");
		Evaluation interactive = this.evaluator
			.evaluate(AnswerSets.spikyUploadProcessor().with("latencyBudget", "interactive"));
		assertThat(interactive.recommended()).isEqualTo("serverless");
		assertThat(interactive.risks()).extracting(Risk::id).contains("cold-starts");
	}

	@Test
	void confidenceFromMarginAndUnansweredShare() {
		Evaluation full = this.evaluator.evaluate(AnswerSets.smallTeamMvp());
		double margin = full.ranking().get(0).score() - full.ranking().get(1).score();
		assertThat(full.unanswered()).isEmpty();
		assertThat(full.confidence()).isCloseTo(0.5 + 0.5 * Math.min(1, margin / 15), within(0.01));
		Evaluation fewer = this.evaluator
			.evaluate(AnswerSets.smallTeamMvp().with("compliance", null).with("lockInTolerance", null));
		assertThat(fewer.unanswered()).containsExactly("lockInTolerance", "compliance");
		assertThat(fewer.confidence()).isLessThan(full.confidence());
	}

	@Test
	void costInputsAreNeverUnansweredAndMoveOnlyTheCostCriterion() {
		Answers answers = AnswerSets.spikyUploadProcessor();
		Evaluation without = this.evaluator.evaluate(answers);
		Evaluation with = this.evaluator.evaluate(answers.with("avgDurationMs", "1200").with("memoryMb", "2048"));
		assertThat(with.unanswered()).isEqualTo(without.unanswered());
		for (CriterionResult result : with.criteria()) {
			if (!result.criterion().equals("cost")) {
				assertThat(result).isEqualTo(criterion(without, result.criterion()));
			}
		}
		assertThat(with.cost().estimates()).isNotEqualTo(without.cost().estimates());
	}

	@Test
	void tippingPointsAcrossANumericThreshold() {
		// a tenable case for microservices where only the head count is in doubt
		Answers answers = answers("teamCount", "few", "engineers", "10", "domainSize", "medium", "boundaryClarity",
				"partial", "releaseCadence", "weekly", "devopsMaturity", "medium", "stackDiversity", "many");
		Evaluation evaluation = this.evaluator.evaluate(answers);
		assertThat(evaluation.recommended()).isEqualTo("microservices");
		assertThat(evaluation.tippingPoints()).contains(new TippingPoint("engineers", "10", "8", "serverless", 1));
		TippingPoint first = evaluation.tippingPoints().get(0);
		assertThat(first.distance()).isEqualTo(1);
		assertThat(evaluation.tippingPoints()).extracting(TippingPoint::distance).isSorted();
	}

	@Test
	void tippingPointsIncludeNotSureAndUnansweredTraits() {
		Answers answers = answers("teamCount", "few", "engineers", "10", "domainSize", "medium", "boundaryClarity",
				"partial", "releaseCadence", "weekly", "devopsMaturity", "medium", "stackDiversity", "many");
		List<TippingPoint> points = this.evaluator.evaluate(answers).tippingPoints();
		assertThat(points).contains(new TippingPoint("stackDiversity", "many", null, "monolith", 1));
		assertThat(points).anySatisfy((point) -> {
			assertThat(point.from()).isNull();
			assertThat(point.distance()).isEqualTo(1);
		});
	}

	@Test
	void distanceCountsStepsAlongTheScale() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.spikyUploadProcessor());
		assertThat(evaluation.tippingPoints())
			.contains(new TippingPoint("taskDuration", "seconds", "long-running", "monolith", 2));
	}

	@Test
	void tippingPointsCanBeLeftOut() {
		Answers answers = AnswerSets.steadyStreamPipeline();
		Evaluation full = this.evaluator.evaluate(answers, List.of("cost"), null);
		Evaluation quick = this.evaluator.evaluate(answers, List.of("cost"), null, false);
		assertThat(full.tippingPoints()).isNotEmpty();
		assertThat(quick.tippingPoints()).isEmpty();
		assertThat(quick.ranking()).isEqualTo(full.ranking());
		assertThat(quick.criteria()).isEqualTo(full.criteria());
		assertThat(quick.comparison()).isEqualTo(full.comparison());
	}

	@Test
	void rejectsAnswersItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluator.evaluate(answers("teamSize", "one")))
			.withMessageContaining("teamSize");
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluator.evaluate(answers("teamCount", "1")))
			.withMessageContaining("teamCount");
		assertThatIllegalArgumentException().isThrownBy(() -> this.evaluator.evaluate(answers("engineers", "lots")))
			.withMessageContaining("engineers");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.evaluator.evaluate(Answers.empty(), List.of("speed"), null))
			.withMessageContaining("speed");
	}

	@Test
	void isDeterministicAndSafeToShareBetweenThreads() {
		List<Answers> cases = AnswerSets.publicCases();
		List<Evaluation> expected = cases.stream().map(this.evaluator::evaluate).toList();
		IntStream.range(0, 2_000).parallel().forEach((i) -> {
			int index = i % cases.size();
			assertThat(this.evaluator.evaluate(cases.get(index))).isEqualTo(expected.get(index));
		});
		assertThat(new Evaluator(CATALOGUE).evaluate(cases.get(0))).isEqualTo(expected.get(0));
	}

	static CriterionResult criterion(Evaluation evaluation, String id) {
		return evaluation.criteria()
			.stream()
			.filter((result) -> result.criterion().equals(id))
			.findFirst()
			.orElseThrow();
	}

	static RankedArchitecture ranked(Evaluation evaluation, String id) {
		return evaluation.ranking()
			.stream()
			.filter((ranked) -> ranked.architecture().equals(id))
			.findFirst()
			.orElseThrow();
	}

}
