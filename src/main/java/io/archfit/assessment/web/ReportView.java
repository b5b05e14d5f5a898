package io.archfit.assessment.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueSources;
import io.archfit.catalogue.Reference;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CriterionGap;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.evaluation.Reason;

/**
 * What the report page shows of an evaluation, laid out for the template: chart geometry,
 * rounded scores and the answers in reading order. Texts are looked up by the template.
 */
public record ReportView(Evaluation evaluation, List<String> architectures, List<Bar> bars, int chartHeight,
		List<CriterionRow> criteria, List<Gap> similarities, List<Gap> differences, List<StepAnswers> answers,
		List<Tip> tips, int confidencePercent, String confidenceLevel) {

	/** Width of the ranking chart's plot area in SVG units; a score of 100 fills it. */
	static final int PLOT_WIDTH = 400;

	static final int LABEL_WIDTH = 170;

	static final int ROW_HEIGHT = 40;

	/** One bar of the ranking chart. */
	public record Bar(String architecture, int rank, long score, boolean viable, int y, int width, int textX) {

	}

	/**
	 * One row of the criteria table: scores in architecture order and the reasons behind
	 * them.
	 */
	public record CriterionRow(String criterion, long weightPercent, boolean priority, List<Long> scores,
			List<ReasonRow> reasons) {

	}

	/**
	 * A fired rule: the answer, and its effect on each architecture ("+2", "−1", "" when
	 * none).
	 */
	public record ReasonRow(String ruleId, String trait, String value, boolean choice, List<String> effects,
			List<Reference> sources) {

	}

	/** A criterion on which the top two are close or far apart. */
	public record Gap(String criterion, long first, long second, long gap, List<ReasonRow> reasons) {

	}

	/**
	 * A tipping point: the answer that would change the recommendation (null: not sure).
	 */
	public record Tip(String trait, String to, boolean choice, String recommended) {

	}

	/** The answers of one wizard step. */
	public record StepAnswers(String step, List<AnswerRow> answers) {

	}

	/** One trait and its answer (null value: not sure). */
	public record AnswerRow(String trait, String value, boolean choice) {

		/**
		 * A numeric answer with digit grouping, e.g. {@code 3 000 000}; the raw value
		 * otherwise.
		 */
		public String shown() {
			if (this.choice || this.value == null) {
				return this.value;
			}
			try {
				java.math.BigDecimal number = new java.math.BigDecimal(this.value);
				DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
				return format.format(number).replace(',', '\u00a0');
			}
			catch (NumberFormatException ex) {
				return this.value;
			}
		}

	}

	static ReportView of(Catalogue catalogue, Answers answers, Evaluation evaluation) {
		List<String> architectures = catalogue.architectures();
		List<Bar> bars = new ArrayList<>();
		int rank = 0;
		for (RankedArchitecture ranked : evaluation.ranking()) {
			int width = (int) Math.round(ranked.score() * PLOT_WIDTH / 100.0);
			bars.add(new Bar(ranked.architecture(), ++rank, Math.round(ranked.score()), ranked.viable(),
					(rank - 1) * ROW_HEIGHT, Math.max(width, 2), LABEL_WIDTH + Math.max(width, 2) + 8));
		}
		List<CriterionRow> criteria = new ArrayList<>();
		for (CriterionResult result : evaluation.criteria()) {
			List<Long> scores = architectures.stream()
				.map((architecture) -> Math.round(result.scores().getOrDefault(architecture, 50.0)))
				.toList();
			criteria.add(new CriterionRow(result.criterion(), Math.round(result.weight() * 100), result.priority(),
					scores, reasons(catalogue, architectures, result.reasons())));
		}
		List<Gap> similarities = gaps(catalogue, architectures, evaluation.comparison().similarities());
		List<Gap> differences = gaps(catalogue, architectures, evaluation.comparison().differences());
		List<StepAnswers> steps = answersOf(catalogue, answers);
		List<Tip> tips = evaluation.tippingPoints()
			.stream()
			.map((tip) -> new Tip(tip.trait(), tip.to(),
					catalogue.trait(tip.trait()).map(Trait::isChoice).orElse(false), tip.recommended()))
			.toList();
		int confidence = (int) Math.round(evaluation.confidence() * 100);
		String level = evaluation.confidenceLevel().id();
		return new ReportView(evaluation, architectures, bars, rank * ROW_HEIGHT, criteria, similarities, differences,
				steps, tips, confidence, level);
	}

	/** The answers in wizard order, step by step, unanswered traits included. */
	static List<StepAnswers> answersOf(Catalogue catalogue, Answers answers) {
		return catalogue.steps()
			.stream()
			.map((step) -> new StepAnswers(step.id(),
					catalogue.traitsOf(step)
						.stream()
						.map((trait) -> new AnswerRow(trait.id(), answers.get(trait.id()), trait.isChoice()))
						.toList()))
			.toList();
	}

	private static List<Gap> gaps(Catalogue catalogue, List<String> architectures, List<CriterionGap> gaps) {
		return gaps.stream()
			.map((gap) -> new Gap(gap.criterion(), Math.round(gap.firstScore()), Math.round(gap.secondScore()),
					Math.round(gap.gap()), reasons(catalogue, architectures, gap.reasons())))
			.toList();
	}

	private static List<ReasonRow> reasons(Catalogue catalogue, List<String> architectures, List<Reason> reasons) {
		List<ReasonRow> rows = new ArrayList<>();
		for (Reason reason : reasons) {
			List<String> effects = architectures.stream()
				.map((architecture) -> effect(reason.effects().get(architecture)))
				.toList();
			boolean choice = catalogue.trait(reason.trait()).map(Trait::isChoice).orElse(false);
			List<Reference> sources = catalogue.references(CatalogueSources.of(catalogue, reason.ruleId()));
			rows.add(new ReasonRow(reason.ruleId(), reason.trait(), reason.value(), choice, effects, sources));
		}
		return rows;
	}

	private static String effect(Integer effect) {
		if (effect == null || effect == 0) {
			return "";
		}
		return (effect > 0) ? "+" + effect : "\u2212" + (-effect);
	}

	/**
	 * The heat map's band of a criterion score: {@code low2} (up to 30), {@code low1}
	 * (below 45), {@code mid} (45 to 55, where 50 means the answers say nothing),
	 * {@code high1} (up to 70) and {@code high2} (above 70).
	 */
	public String band(long score) {
		if (score <= 30) {
			return "low2";
		}
		if (score < 45) {
			return "low1";
		}
		if (score <= 55) {
			return "mid";
		}
		return (score <= 70) ? "high1" : "high2";
	}

	/** The heat map's bands, lowest first, for its legend. */
	public List<String> bands() {
		return List.of("low2", "low1", "mid", "high1", "high2");
	}

}
