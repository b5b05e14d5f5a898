package io.archfit.evaluation;

import java.util.Arrays;
import java.util.List;

/**
 * The scoring formulas, in one place:
 * <ul>
 * <li><b>Criterion score.</b> {@code 50 + 50·n / (|n| + 3)} for a net effect {@code n}:
 * 50 is neutral, a net effect of ±3 goes half-way to 100 or 0, and no pile of rules can
 * leave the scale.</li>
 * <li><b>Weights.</b> Each group's share is split evenly over its criteria; each priority
 * multiplies its criterion's weight by {@value #PRIORITY_FACTOR}; then the weights are
 * scaled to add up to 1. The overall score is the weighted mean of the criterion
 * scores.</li>
 * <li><b>Ranking.</b> Viable architectures first, then by overall score; scores within
 * {@value #TIE} of each other are a tie, broken by catalogue order.</li>
 * <li><b>Confidence</b> (see {@link ConfidenceModel}): calibrated by the catalogue where
 * it says how; otherwise {@code answered share × (0.5 + 0.5 · min(1, margin / 15))}, read
 * as high from {@value #HIGH_CONFIDENCE}, medium from {@value #MEDIUM_CONFIDENCE}, a
 * close call below {@value #CLOSE_CALL_MARGIN} points.</li>
 * </ul>
 */
final class Scoring {

	/**
	 * A net effect of this size moves a criterion score half-way to the end of the scale.
	 */
	static final double HALF_SCALE_EFFECT = 3.0;

	/** A priority multiplies its criterion's weight by this before renormalising. */
	static final double PRIORITY_FACTOR = 2.0;

	/** Margin (points) at which the margin part of the confidence is full. */
	static final double CONFIDENT_MARGIN = 15.0;

	/**
	 * Overall scores of the two leading viable architectures this close are a close call.
	 */
	static final double CLOSE_CALL_MARGIN = 3.0;

	/** Confidence from which it reads as high … */
	static final double HIGH_CONFIDENCE = 0.70;

	/** … and as medium (below: low). */
	static final double MEDIUM_CONFIDENCE = 0.40;

	/** Overall scores closer than this are a tie, broken by catalogue order. */
	static final double TIE = 1e-9;

	private static final int SCORE_OFFSET = 128;

	/**
	 * {@link #computeScore(int)} for net effects −128 … +128, looked up instead of
	 * divided.
	 */
	private static final double[] SCORES = new double[2 * SCORE_OFFSET + 1];

	/** The same scores rounded to one decimal as shown, boxed once. */
	private static final Double[] SHOWN_SCORES = new Double[SCORES.length];

	static {
		for (int i = 0; i < SCORES.length; i++) {
			SCORES[i] = computeScore(i - SCORE_OFFSET);
			SHOWN_SCORES[i] = round1(SCORES[i]);
		}
	}

	private Scoring() {
	}

	/** Criterion score for a net effect. */
	static double score(int netEffect) {
		int index = netEffect + SCORE_OFFSET;
		if (index >= 0 && index < SCORES.length) {
			return SCORES[index];
		}
		return computeScore(netEffect);
	}

	/** Criterion score for a net effect, rounded to one decimal as shown. */
	static Double shownScore(int netEffect) {
		int index = netEffect + SCORE_OFFSET;
		return (index >= 0 && index < SHOWN_SCORES.length) ? SHOWN_SCORES[index] : round1(score(netEffect));
	}

	private static double computeScore(int netEffect) {
		return 50.0 + 50.0 * netEffect / (Math.abs(netEffect) + HALF_SCALE_EFFECT);
	}

	/**
	 * The weight of every criterion for a set of priorities.
	 * @throws IllegalArgumentException for an unknown criterion
	 */
	static double[] weights(CompiledCatalogue m, List<String> priorities) {
		double[] weights = m.groupShare.clone();
		if (priorities != null) {
			boolean[] seen = new boolean[m.criterionCount];
			for (String priority : priorities) {
				Integer c = m.criterionIndex.get(priority);
				if (c == null) {
					throw new IllegalArgumentException("Unknown criterion '" + priority + "'");
				}
				if (!seen[c]) {
					seen[c] = true;
					weights[c] *= PRIORITY_FACTOR;
				}
			}
		}
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		for (int c = 0; c < weights.length; c++) {
			weights[c] /= sum;
		}
		return weights;
	}

	/** Which criteria are priorities (unknown ids are ignored). */
	static boolean[] priorityFlags(CompiledCatalogue m, List<String> priorities) {
		boolean[] flags = new boolean[m.criterionCount];
		if (priorities != null) {
			for (String priority : priorities) {
				Integer c = m.criterionIndex.get(priority);
				if (c != null) {
					flags[c] = true;
				}
			}
		}
		return flags;
	}

	/** The confidence for a margin and the number of unanswered scored traits. */
	static double confidence(double margin, int unanswered, int scoredTraits) {
		return round2(
				(1.0 - (double) unanswered / scoredTraits) * (0.5 + 0.5 * Math.min(1.0, margin / CONFIDENT_MARGIN)));
	}

	static ConfidenceLevel level(double confidence) {
		return (confidence >= HIGH_CONFIDENCE) ? ConfidenceLevel.HIGH
				: (confidence >= MEDIUM_CONFIDENCE) ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW;
	}

	/**
	 * Whether architecture {@code a} ranks before {@code b}: a higher overall score, or
	 * on a tie (within rounding noise) the one listed first in the catalogue.
	 */
	static boolean ahead(double[] overall, int a, int b) {
		double difference = overall[a] - overall[b];
		if (Math.abs(difference) <= TIE) {
			return a < b;
		}
		return difference > 0;
	}

	/**
	 * The architectures in ranking order: viable ones first, then by overall score (see
	 * {@link #ahead}).
	 * @param overall overall score per architecture
	 * @param koCount knock-outs per architecture
	 * @return architecture indexes, best first
	 */
	static int[] rank(double[] overall, int[] koCount) {
		Integer[] boxed = new Integer[overall.length];
		Arrays.setAll(boxed, (a) -> a);
		Arrays.sort(boxed, (x, y) -> compareRank(overall, koCount, x, y));
		return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
	}

	/** The ranking order of two architectures: negative when x ranks first. */
	static int compareRank(double[] overall, int[] koCount, int x, int y) {
		if (x == y) {
			return 0;
		}
		boolean vx = koCount[x] == 0;
		boolean vy = koCount[y] == 0;
		if (vx != vy) {
			return vx ? -1 : 1;
		}
		return ahead(overall, x, y) ? -1 : 1;
	}

	static double round1(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

	static double round2(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

	static double round4(double value) {
		return Math.round(value * 10000.0) / 10000.0;
	}

}
