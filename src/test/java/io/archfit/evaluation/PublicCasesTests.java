package io.archfit.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.archfit.evaluation.EvaluatorTests.ranked;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The advice on well-known kinds of application, as a seasoned architect would give it.
 * The answer sets are in {@link AnswerSets}.
 */
class PublicCasesTests {

	private final Evaluator evaluator = new Evaluator(AnswerSets.CATALOGUE);

	/**
	 * Four engineers, one team, a first release due within three months, boundaries still
	 * being discovered: the microservice premium buys nothing yet (Fowler's
	 * MonolithFirst). One modular codebase ships soonest and keeps refactoring across
	 * modules cheap.
	 */
	@Test
	void smallTeamMvpStartsAsAMonolith() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.smallTeamMvp());
		assertThat(evaluation.recommended()).isEqualTo("monolith");
		assertThat(ranked(evaluation, "microservices").score()).isLessThan(ranked(evaluation, "monolith").score() - 20);
		assertThat(evaluation.confidence()).isGreaterThan(0.7);
	}

	/**
	 * Billions of small events a month at a flat rate: per-invocation fees dwarf the cost
	 * of always-busy containers and there are no bursts to absorb, so functions are the
	 * expensive choice. Containers, as one service or a few, fit.
	 */
	@Test
	void highVolumeSteadyStreamIsNotServerless() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.steadyStreamPipeline());
		assertThat(evaluation.recommended()).isIn("monolith", "microservices");
		assertThat(evaluation.ranking().get(0).architecture()).isNotEqualTo("serverless");
		assertThat(EvaluatorTests.criterion(evaluation, "cost").scores().get("serverless")).isLessThan(30.0);
		assertThat(ranked(evaluation, "serverless").score()).isLessThan(ranked(evaluation, "microservices").score());
	}

	/**
	 * Standard function platforms have no GPUs: serverless is ruled out whatever else
	 * favours it. The bursty, event-driven parts still lift the hybrid above plain
	 * microservices, because a hybrid can run the parts that fit as functions.
	 */
	@Test
	void gpuJobRulesServerlessOut() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.gpuJob());
		RankedArchitecture serverless = ranked(evaluation, "serverless");
		assertThat(serverless.viable()).isFalse();
		assertThat(serverless.blockers()).extracting(Blocker::id).containsExactly("serverless-no-gpu");
		assertThat(evaluation.recommended()).isNotEqualTo("serverless");
		assertThat(ranked(evaluation, "hybrid").score()).isGreaterThan(ranked(evaluation, "microservices").score());
		assertThat(evaluation.tippingPoints()).anySatisfy((point) -> {
			assertThat(point.trait()).isEqualTo("specialRuntime");
			assertThat(point.recommended()).isEqualTo("serverless");
		});
	}

	/**
	 * A few hundred thousand uploads a month arriving in bursts, each processed in
	 * seconds and triggered by a storage event: the textbook function workload. Scale to
	 * zero, stay inside the free tier, and let the provider run the machines for a team
	 * of three.
	 */
	@Test
	void spikyLowVolumeUploadProcessorIsServerless() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.spikyUploadProcessor());
		assertThat(evaluation.recommended()).isEqualTo("serverless");
		assertThat(evaluation.comparison().differences()).extracting(CriterionGap::criterion)
			.contains("scaling", "cost");
	}

	/**
	 * A hundred and more engineers in many teams, a large domain with clear boundaries,
	 * daily releases, mature delivery and tracing: the prerequisites for microservices
	 * are met and team independence pays off. Either microservices or a hybrid is sound;
	 * a monolith would make the teams wait on each other.
	 */
	@Test
	void largeManyTeamPlatformIsMicroservicesOrHybrid() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.largeManyTeamPlatform());
		assertThat(evaluation.recommended()).isIn("microservices", "hybrid");
		assertThat(evaluation.ranking().subList(0, 2)).extracting(RankedArchitecture::architecture)
			.containsExactlyInAnyOrder("microservices", "hybrid");
		assertThat(evaluation.ranking().get(3).architecture()).isEqualTo("monolith");
		assertThat(evaluation.comparison().similarities()).extracting(CriterionGap::criterion)
			.contains("decoupling", "deployment");
	}

	/**
	 * The system must run in the organisation's own data centre: public cloud functions
	 * are not an option. With strong consistency, a mid-sized domain and monthly
	 * releases, a modular monolith is the sound choice.
	 */
	@Test
	void onPremisesOnlySystemCannotBeServerless() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.onPremisesOnly());
		RankedArchitecture serverless = ranked(evaluation, "serverless");
		assertThat(serverless.viable()).isFalse();
		assertThat(serverless.blockers()).extracting(Blocker::id).containsExactly("serverless-public-cloud-only");
		assertThat(evaluation.recommended()).isEqualTo("monolith");
		assertThat(evaluation.ranking().get(3).architecture()).isEqualTo("serverless");
	}

	/**
	 * Many teams around an event backbone, with parts whose load comes in unpredictable
	 * bursts: services give the teams their independence and the bursty event handlers
	 * run best as functions. That is the hybrid.
	 */
	@Test
	void manyTeamEventDrivenPlatformWithBurstyPartsIsHybrid() {
		Evaluation evaluation = this.evaluator.evaluate(AnswerSets.eventDrivenPlatformWithBurstyParts());
		assertThat(evaluation.recommended()).isEqualTo("hybrid");
		assertThat(evaluation.comparison().second()).isEqualTo("microservices");
		assertThat(evaluation.risks()).extracting(Risk::id).contains("duplicate-events", "event-design");
	}

	@Test
	void everyCaseAnswersEveryQuestion() {
		List<Answers> cases = AnswerSets.publicCases();
		assertThat(cases).allSatisfy((answers) -> assertThat(this.evaluator.evaluate(answers).unanswered()).isEmpty());
	}

}
