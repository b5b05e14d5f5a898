package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import io.archfit.assessment.cost.CostViews;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Reason;
import io.archfit.evaluation.Risk;
import io.archfit.evaluation.TippingPoint;

/**
 * What a report answers in its first screen: the recommendation and how sure it is, the
 * questions that would decide a close call, the answers that weigh most for the
 * recommendation and the one that weighs most against it, the most serious risk, and the
 * monthly cost next to the runner-up's. Texts are looked up by the template.
 *
 * <p>
 * An answer weighs by what it does to the gap between the recommended architecture and
 * the runner-up: for every rule it fired, the criterion's weight times the rule's effect
 * on the recommended architecture minus its effect on the runner-up, added up over the
 * rules of that answer. A positive sum speaks for the recommendation, a negative one
 * against it.
 *
 * @param recommended the recommended architecture
 * @param runnerUp the architecture it was compared with
 * @param confidencePercent the confidence, 0–100
 * @param confidenceLevel {@code low}, {@code medium} or {@code high}
 * @param closeCall whether a single answer could swap the two
 * @param decidingQuestions for a close call, the traits whose answers would decide it,
 * nearest first (at most {@value #DECIDING_QUESTIONS}); empty otherwise
 * @param reasonsFor the answers that weigh most for the recommendation, heaviest first
 * (at most {@value #REASONS_FOR})
 * @param reasonAgainst the answer that weighs most against it, or null when none does
 * @param risk the most serious risk of the recommended architecture, or null
 * @param recommendedMonthlyUsd its monthly cost, or null without an estimate
 * @param runnerUpMonthlyUsd the runner-up's monthly cost, or null without an estimate
 */
public record ReportSummary(String recommended, String runnerUp, int confidencePercent, String confidenceLevel,
		boolean closeCall, List<String> decidingQuestions, List<WeighedAnswer> reasonsFor, WeighedAnswer reasonAgainst,
		Risk risk, Double recommendedMonthlyUsd, Double runnerUpMonthlyUsd) {

	static final int REASONS_FOR = 3;

	static final int DECIDING_QUESTIONS = 3;

	/** Weights closer to zero than this are rounding noise: the answer weighs nothing. */
	static final double NOTHING = 1e-9;

	public ReportSummary {
		decidingQuestions = List.copyOf(decidingQuestions);
		reasonsFor = List.copyOf(reasonsFor);
	}

	/**
	 * One answer and what it weighs for the recommendation against the runner-up.
	 *
	 * @param trait the trait answered
	 * @param value the answer
	 * @param choice whether the answer is one of the trait's options (else a number)
	 * @param ruleId the rule of this answer that weighs most in its direction: the
	 * sentence shown
	 * @param criterion that rule's criterion: where the sentence links to
	 * @param weight the answer's weight, positive for the recommendation
	 */
	public record WeighedAnswer(String trait, String value, boolean choice, String ruleId, String criterion,
			double weight) {

		/** A numeric answer with digit grouping; the raw value otherwise. */
		public String shown() {
			return new ReportView.AnswerRow(this.trait, this.value, this.choice).shown();
		}

	}

	/**
	 * The summary of an evaluation; {@code choice} says which traits are answered with an
	 * option rather than a number.
	 */
	static ReportSummary of(Evaluation evaluation, Predicate<String> choice) {
		String recommended = evaluation.recommended();
		String runnerUp = (evaluation.comparison() != null) ? evaluation.comparison().second() : null;
		List<WeighedAnswer> answers = weighed(evaluation, recommended, runnerUp, choice);
		List<WeighedAnswer> reasonsFor = answers.stream()
			.filter((answer) -> answer.weight() > NOTHING)
			.sorted(Comparator.comparingDouble(WeighedAnswer::weight).reversed())
			.limit(REASONS_FOR)
			.toList();
		WeighedAnswer against = answers.stream()
			.filter((answer) -> answer.weight() < -NOTHING)
			.min(Comparator.comparingDouble(WeighedAnswer::weight))
			.orElse(null);
		Risk risk = evaluation.risks()
			.stream()
			.filter((candidate) -> candidate.architectures().contains(recommended))
			.findFirst()
			.orElse(null);
		List<String> deciding = evaluation.closeCall() ? evaluation.tippingPoints()
			.stream()
			.map(TippingPoint::trait)
			.distinct()
			.limit(DECIDING_QUESTIONS)
			.toList() : List.of();
		return new ReportSummary(recommended, runnerUp, (int) Math.round(evaluation.confidence() * 100),
				evaluation.confidenceLevel().id(), evaluation.closeCall(), deciding, reasonsFor, against, risk,
				monthly(evaluation, recommended), monthly(evaluation, runnerUp));
	}

	/**
	 * Every answer that fired a rule, in the order it first appears (criteria in order,
	 * rules in order), with its weight; the sorts above are stable, so answers of equal
	 * weight keep this order.
	 */
	static List<WeighedAnswer> weighed(Evaluation evaluation, String recommended, String runnerUp,
			Predicate<String> choice) {
		Map<List<String>, Weighing> byAnswer = new LinkedHashMap<>();
		for (CriterionResult criterion : evaluation.criteria()) {
			for (Reason reason : criterion.reasons()) {
				double weight = criterion.weight()
						* (effect(reason, recommended) - ((runnerUp != null) ? effect(reason, runnerUp) : 0));
				byAnswer
					.computeIfAbsent(Arrays.asList(reason.trait(), reason.value()),
							(key) -> new Weighing(reason.trait(), reason.value()))
					.add(reason.ruleId(), criterion.criterion(), weight);
			}
		}
		List<WeighedAnswer> answers = new ArrayList<>();
		for (Weighing weighing : byAnswer.values()) {
			answers.add(weighing.answer(choice.test(weighing.trait)));
		}
		return answers;
	}

	private static int effect(Reason reason, String architecture) {
		Integer effect = reason.effects().get(architecture);
		return (effect != null) ? effect : 0;
	}

	private static Double monthly(Evaluation evaluation, String architecture) {
		if (evaluation.cost() == null || architecture == null) {
			return null;
		}
		return evaluation.cost()
			.estimates()
			.stream()
			.filter((estimate) -> estimate.architecture().equals(architecture))
			.map(ArchitectureCost::monthlyUsd)
			.findFirst()
			.orElse(null);
	}

	/** The rules one answer fired, added up. */
	private static final class Weighing {

		private final String trait;

		private final String value;

		private double total;

		private final List<String> rules = new ArrayList<>();

		private final List<String> criteria = new ArrayList<>();

		private final List<Double> weights = new ArrayList<>();

		Weighing(String trait, String value) {
			this.trait = trait;
			this.value = value;
		}

		void add(String ruleId, String criterion, double weight) {
			this.total += weight;
			this.rules.add(ruleId);
			this.criteria.add(criterion);
			this.weights.add(weight);
		}

		/**
		 * The answer, shown by its rule that weighs most in the direction of the total
		 * (the first of equals).
		 */
		WeighedAnswer answer(boolean choice) {
			double sign = Math.signum(this.total);
			int best = 0;
			for (int i = 1; i < this.weights.size(); i++) {
				if (sign * this.weights.get(i) > sign * this.weights.get(best)) {
					best = i;
				}
			}
			return new WeighedAnswer(this.trait, this.value, choice, this.rules.get(best), this.criteria.get(best),
					this.total);
		}

	}

	/** Whether the runner-up is known and has a cost next to the recommended one's. */
	public boolean costCompared() {
		return this.recommendedMonthlyUsd != null && this.runnerUpMonthlyUsd != null
				&& !Objects.equals(this.recommended, this.runnerUp);
	}

	/** The recommended architecture's monthly cost, e.g. {@code $58.31}. */
	public String recommendedMonthly() {
		return CostViews.usd(this.recommendedMonthlyUsd);
	}

	/** The runner-up's monthly cost, e.g. {@code $5.80}. */
	public String runnerUpMonthly() {
		return CostViews.usd(this.runnerUpMonthlyUsd);
	}

}
