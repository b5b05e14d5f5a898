package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two architectures are alike and where they part, criterion by criterion: similar
 * criteria are at most {@value #SIMILAR_GAP} points apart and moved by at least one rule,
 * with the reasons that move either; the others are differences, largest gap first, with
 * the reasons that move the two differently.
 */
final class LeadComparison {

	/** Criteria whose two scores lie at most this far apart are similar. */
	static final double SIMILAR_GAP = 10.0;

	private LeadComparison() {
	}

	/**
	 * The comparison of two architectures from an evaluation's criterion results.
	 * @throws IllegalArgumentException for an architecture the evaluation does not score
	 */
	static Comparison of(Evaluation evaluation, String first, String second) {
		List<CriterionResult> criteria = evaluation.criteria();
		int count = criteria.size();
		double[] firstScores = new double[count];
		double[] secondScores = new double[count];
		int[][] effects = new int[count][];
		for (int c = 0; c < count; c++) {
			CriterionResult result = criteria.get(c);
			Double a = result.scores().get(first);
			Double b = result.scores().get(second);
			if (a == null || b == null) {
				throw new IllegalArgumentException("Unknown architecture '" + first + "' or '" + second + "'");
			}
			firstScores[c] = a;
			secondScores[c] = b;
			List<Reason> reasons = result.reasons();
			int[] pairs = new int[2 * reasons.size()];
			for (int k = 0; k < reasons.size(); k++) {
				pairs[2 * k] = reasons.get(k).effects().getOrDefault(first, 0);
				pairs[2 * k + 1] = reasons.get(k).effects().getOrDefault(second, 0);
			}
			effects[c] = pairs;
		}
		return of(criteria, first, second, firstScores, secondScores, effects);
	}

	/**
	 * The comparison of the recommended architecture and the runner-up, from the rounded
	 * scores (indexed architecture × criterion) and the reasons' effects on the two.
	 */
	static Comparison ofLeaders(CompiledCatalogue m, List<CriterionResult> criteria, Double[] rounded, int first,
			int second, int[][] effects) {
		int count = criteria.size();
		double[] firstScores = new double[count];
		double[] secondScores = new double[count];
		for (int c = 0; c < count; c++) {
			firstScores[c] = rounded[first * count + c];
			secondScores[c] = rounded[second * count + c];
		}
		return of(criteria, m.architectures[first], m.architectures[second], firstScores, secondScores, effects);
	}

	/**
	 * The comparison, from each criterion's two scores and each reason's effects on the
	 * two ({@code effects[c][2k]} on the first, {@code effects[c][2k + 1]} on the second
	 * for reason k of criterion c).
	 */
	private static Comparison of(List<CriterionResult> criteria, String first, String second, double[] firstScores,
			double[] secondScores, int[][] effects) {
		List<Integer> similar = new ArrayList<>();
		List<CriterionGap> differences = new ArrayList<>();
		for (int c = 0; c < criteria.size(); c++) {
			CriterionResult result = criteria.get(c);
			int[] pairs = effects[c];
			if (Math.abs(firstScores[c] - secondScores[c]) <= SIMILAR_GAP) {
				if (anyMoved(pairs)) {
					similar.add(c);
				}
			}
			else {
				List<Reason> apart = new ArrayList<>();
				for (int k = 0; k < pairs.length; k += 2) {
					if (pairs[k] != pairs[k + 1]) {
						apart.add(result.reasons().get(k / 2));
					}
				}
				differences.add(new CriterionGap(result.criterion(), firstScores[c], secondScores[c], apart));
			}
		}
		similar.sort((x, y) -> {
			int byWeight = Double.compare(criteria.get(y).weight(), criteria.get(x).weight());
			return (byWeight != 0) ? byWeight : Double.compare(Math.abs(firstScores[x] - secondScores[x]),
					Math.abs(firstScores[y] - secondScores[y]));
		});
		differences.sort((x, y) -> Double.compare(y.gap(), x.gap()));
		List<CriterionGap> similarities = new ArrayList<>(similar.size());
		for (int c : similar) {
			CriterionResult result = criteria.get(c);
			int[] pairs = effects[c];
			List<Reason> together = new ArrayList<>();
			for (int k = 0; k < pairs.length; k += 2) {
				if (pairs[k] != 0 || pairs[k + 1] != 0) {
					together.add(result.reasons().get(k / 2));
				}
			}
			similarities.add(new CriterionGap(result.criterion(), firstScores[c], secondScores[c], together));
		}
		return new Comparison(first, second, similarities, differences);
	}

	private static boolean anyMoved(int[] pairs) {
		for (int k = 0; k < pairs.length; k += 2) {
			if (pairs[k] != 0 || pairs[k + 1] != 0) {
				return true;
			}
		}
		return false;
	}

}
