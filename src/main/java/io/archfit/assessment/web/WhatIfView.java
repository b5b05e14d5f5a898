package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.archfit.assessment.cost.CostViews;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;

/**
 * A what-if result next to the saved report: ranking, monthly cost and break-even of
 * both, what was changed, and the tipping points of both.
 *
 * @param saved the saved recommendation
 * @param variant the variant's recommendation
 * @param rows one per architecture, in catalogue order
 * @param savedBreakEven the saved break-even in words (null: none)
 * @param variantBreakEven the variant's break-even in words (null: none)
 * @param changes the answers and assumptions that differ from the saved ones
 * @param savedTips the saved report's tipping points
 * @param variantTips the variant's tipping points
 */
public record WhatIfView(String saved, String variant, List<Row> rows, String savedBreakEven, String variantBreakEven,
		List<Change> changes, List<ReportView.Tip> savedTips, List<ReportView.Tip> variantTips) {

	/** One architecture in both. */
	public record Row(String architecture, int savedRank, long savedScore, boolean savedViable, String savedCost,
			int variantRank, long variantScore, boolean variantViable, String variantCost) {

		public boolean moved() {
			return this.savedRank != this.variantRank || this.savedScore != this.variantScore;
		}

	}

	/**
	 * One difference: an answer (kind {@code answer}, key a trait id; null values mean
	 * "not sure") or an assumption (kind {@code assumption}, key its name).
	 */
	public record Change(String kind, String key, String from, String to, boolean choice) {

		/** The old number with digit grouping (answers), else as is. */
		public String shownFrom() {
			return new ReportView.AnswerRow(this.key, this.from, this.choice).shown();
		}

		/** The new number with digit grouping (answers), else as is. */
		public String shownTo() {
			return new ReportView.AnswerRow(this.key, this.to, this.choice).shown();
		}

	}

	public boolean recommendationChanged() {
		return !this.saved.equals(this.variant);
	}

	static WhatIfView of(Catalogue catalogue, Answers savedAnswers, Evaluation saved, CostAssumptions savedAssumptions,
			Answers variantAnswers, Evaluation variant, CostAssumptions variantAssumptions, String savedBreakEven,
			String variantBreakEven) {
		List<Row> rows = new ArrayList<>();
		for (String architecture : catalogue.architectures()) {
			rows.add(new Row(architecture, rank(saved, architecture), score(saved, architecture),
					viable(saved, architecture), cost(saved, architecture), rank(variant, architecture),
					score(variant, architecture), viable(variant, architecture), cost(variant, architecture)));
		}
		List<Change> changes = new ArrayList<>();
		for (Trait trait : catalogue.traits()) {
			String from = savedAnswers.get(trait.id());
			String to = variantAnswers.get(trait.id());
			if (!Objects.equals(from, to)) {
				changes.add(new Change("answer", trait.id(), from, to, trait.isChoice()));
			}
		}
		Map<String, Object> before = savedAssumptions.toFullMap();
		Map<String, Object> after = variantAssumptions.toFullMap();
		for (String name : CostAssumptions.ALL_NAMES) {
			if (!Objects.equals(before.get(name), after.get(name))) {
				changes.add(new Change("assumption", name, text(before.get(name)), text(after.get(name)), false));
			}
		}
		return new WhatIfView(saved.recommended(), variant.recommended(), rows, savedBreakEven, variantBreakEven,
				changes, ReportView.of(catalogue, savedAnswers, saved).tips(),
				ReportView.of(catalogue, variantAnswers, variant).tips());
	}

	private static String text(Object value) {
		if (value == null) {
			return null;
		}
		return (value instanceof Integer) ? value.toString()
				: java.math.BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
	}

	private static int rank(Evaluation evaluation, String architecture) {
		List<RankedArchitecture> ranking = evaluation.ranking();
		for (int i = 0; i < ranking.size(); i++) {
			if (ranking.get(i).architecture().equals(architecture)) {
				return i + 1;
			}
		}
		return 0;
	}

	private static RankedArchitecture ranked(Evaluation evaluation, String architecture) {
		return evaluation.ranking()
			.stream()
			.filter((ranked) -> ranked.architecture().equals(architecture))
			.findFirst()
			.orElseThrow();
	}

	private static long score(Evaluation evaluation, String architecture) {
		return Math.round(ranked(evaluation, architecture).score());
	}

	private static boolean viable(Evaluation evaluation, String architecture) {
		return ranked(evaluation, architecture).viable();
	}

	private static String cost(Evaluation evaluation, String architecture) {
		return evaluation.cost()
			.estimates()
			.stream()
			.filter((estimate) -> estimate.architecture().equals(architecture))
			.map(ArchitectureCost::monthlyUsd)
			.findFirst()
			.map(CostViews::usd)
			.orElse("");
	}

}
