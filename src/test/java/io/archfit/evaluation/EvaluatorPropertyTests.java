package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.KnockOut;
import io.archfit.catalogue.Trait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties that hold for any answers, checked over 2 000 seeded random answer sets
 * (reproducible: a failure names its seed).
 */
class EvaluatorPropertyTests {

	private static final Catalogue CATALOGUE = AnswerSets.CATALOGUE;

	private static final Evaluator EVALUATOR = new Evaluator(CATALOGUE);

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("io.archfit.evaluation.AnswerSets#seeds")
	void holdsForRandomAnswers(long seed) {
		Answers answers = AnswerSets.random(seed);
		List<String> priorities = AnswerSets.randomPriorities(seed);
		Evaluation evaluation = EVALUATOR.evaluate(answers, priorities, null);

		scoresStayOnTheScale(evaluation);
		rankingIsCompleteAndOrdered(evaluation);
		knockOutsAlwaysBlock(answers, evaluation);
		assertThat(EVALUATOR.evaluate(answers, priorities, null)).isEqualTo(evaluation);
		assertThat(evaluation.criteria().stream().mapToDouble(CriterionResult::weight).sum()).isCloseTo(1.0,
				within(1e-3));
		everyTippingPointFlipsTheRecommendation(answers, priorities, evaluation);
		noOtherSingleChangeFlipsIt(answers, priorities, evaluation, seed);
	}

	private static void scoresStayOnTheScale(Evaluation evaluation) {
		assertThat(evaluation.ranking()).allSatisfy((ranked) -> assertThat(ranked.score()).isBetween(0.0, 100.0));
		assertThat(evaluation.criteria()).allSatisfy((result) -> {
			assertThat(result.scores()).hasSize(4);
			assertThat(result.scores().values()).allSatisfy((score) -> assertThat(score).isBetween(0.0, 100.0));
		});
		assertThat(evaluation.confidence()).isBetween(0.0, 1.0);
	}

	private static void rankingIsCompleteAndOrdered(Evaluation evaluation) {
		List<RankedArchitecture> ranking = evaluation.ranking();
		assertThat(ranking).extracting(RankedArchitecture::architecture)
			.containsExactlyInAnyOrderElementsOf(CATALOGUE.architectures());
		boolean seenNonViable = false;
		for (int i = 0; i < ranking.size(); i++) {
			RankedArchitecture ranked = ranking.get(i);
			assertThat(ranked.viable()).isEqualTo(ranked.blockers().isEmpty());
			if (!ranked.viable()) {
				seenNonViable = true;
			}
			else {
				assertThat(seenNonViable).as("viable after a non-viable one").isFalse();
			}
			if (i > 0 && ranked.viable() == ranking.get(i - 1).viable()) {
				assertThat(ranked.score()).isLessThanOrEqualTo(ranking.get(i - 1).score());
			}
		}
		RankedArchitecture best = ranking.get(0);
		assertThat(best.viable()).isTrue();
		assertThat(evaluation.recommended()).isEqualTo(best.architecture());
		ranking.stream()
			.filter(RankedArchitecture::viable)
			.forEach((ranked) -> assertThat(best.score()).isGreaterThanOrEqualTo(ranked.score()));
		if (evaluation.comparison() != null) {
			assertThat(evaluation.comparison().first()).isEqualTo(evaluation.recommended());
			assertThat(evaluation.comparison().second()).isEqualTo(ranking.get(1).architecture());
		}
	}

	private static void knockOutsAlwaysBlock(Answers answers, Evaluation evaluation) {
		for (KnockOut knockOut : CATALOGUE.knockOuts()) {
			Condition.OnTrait when = (Condition.OnTrait) knockOut.when();
			if (when.matches(answers.get(when.trait()))) {
				RankedArchitecture ranked = EvaluatorTests.ranked(evaluation, knockOut.architecture());
				assertThat(ranked.viable()).isFalse();
				assertThat(ranked.blockers()).extracting(Blocker::id).contains(knockOut.id());
				assertThat(evaluation.recommended()).isNotEqualTo(knockOut.architecture());
			}
		}
	}

	private static void everyTippingPointFlipsTheRecommendation(Answers answers, List<String> priorities,
			Evaluation evaluation) {
		int previousDistance = 0;
		for (TippingPoint point : evaluation.tippingPoints()) {
			assertThat(point.from()).isEqualTo(answers.get(point.trait()));
			assertThat(point.to()).isNotEqualTo(point.from());
			assertThat(point.distance()).isGreaterThanOrEqualTo(previousDistance);
			previousDistance = point.distance();
			Evaluation changed = EVALUATOR.evaluate(answers.with(point.trait(), point.to()), priorities, null);
			assertThat(changed.recommended()).as("after %s", point)
				.isEqualTo(point.recommended())
				.isNotEqualTo(evaluation.recommended());
		}
	}

	/**
	 * Tries every option, "not sure", and random numbers: a change that flips the
	 * recommendation must be listed (numbers: a listed value with the same effect, that
	 * is between the same thresholds).
	 */
	private static void noOtherSingleChangeFlipsIt(Answers answers, List<String> priorities, Evaluation evaluation,
			long seed) {
		Random random = new Random(seed ^ 0x5DEECE66DL);
		Set<String> listed = new HashSet<>();
		for (TippingPoint point : evaluation.tippingPoints()) {
			listed.add(point.trait() + "=" + bucket(answers, point.trait(), point.to()));
		}
		for (Trait trait : CATALOGUE.traits()) {
			List<String> alternatives = new ArrayList<>();
			alternatives.add(null);
			if (trait.isChoice()) {
				alternatives.addAll(trait.options());
			}
			else {
				for (int i = 0; i < 3; i++) {
					alternatives.add(AnswerSets.randomValue(trait, random));
				}
			}
			for (String alternative : alternatives) {
				String bucket = bucket(answers, trait.id(), alternative);
				if (Objects.equals(bucket, bucket(answers, trait.id(), answers.get(trait.id())))) {
					continue;
				}
				Evaluation changed = EVALUATOR.evaluate(answers.with(trait.id(), alternative), priorities, null);
				boolean flips = !changed.recommended().equals(evaluation.recommended());
				assertThat(flips).as("%s -> %s flips to %s", trait.id(), alternative, changed.recommended())
					.isEqualTo(listed.contains(trait.id() + "=" + bucket));
			}
		}
	}

	/**
	 * The option, or for numbers how many thresholds the value reaches; for the inputs of
	 * the cost model also the effects of its reason after the change (its band).
	 */
	private static String bucket(Answers answers, String traitId, String value) {
		Trait trait = CATALOGUE.trait(traitId).orElseThrow();
		if (trait.isChoice()) {
			return value;
		}
		String bucket = (value != null)
				? "#" + thresholds(traitId).stream().filter((threshold) -> number(value) >= threshold).count() : null;
		if (COST_INPUTS.contains(traitId)) {
			Evaluation changed = EVALUATOR.evaluate(answers.with(traitId, value), List.of(), null, false);
			bucket += "|" + EvaluatorTests.criterion(changed, "cost")
				.reasons()
				.stream()
				.filter((reason) -> reason.ruleId().equals("cost-model"))
				.map(Reason::effects)
				.findFirst()
				.orElse(null);
		}
		return bucket;
	}

	private static final Set<String> COST_INPUTS = Set.of("monthlyRequests", "avgDurationMs", "memoryMb");

	private static double number(String value) {
		return Double.parseDouble(value);
	}

	private static Set<Double> thresholds(String traitId) {
		Set<Double> thresholds = new TreeSet<>();
		List<Condition> conditions = new ArrayList<>();
		CATALOGUE.rules().forEach((rule) -> conditions.add(rule.when()));
		CATALOGUE.knockOuts().forEach((knockOut) -> conditions.add(knockOut.when()));
		for (Condition.OnTrait condition : conditions.stream()
			.flatMap((c) -> Condition.traitTests(c).stream())
			.toList()) {
			if (condition.trait().equals(traitId)) {
				if (condition.atLeast() != null) {
					thresholds.add(condition.atLeast());
				}
				if (condition.below() != null) {
					thresholds.add(condition.below());
				}
			}
		}
		return thresholds;
	}

}
