package io.archfit.evaluation;

import java.util.function.DoubleUnaryOperator;

/**
 * Finds the lowest monthly volume at which a cost difference changes sign. The difference
 * is scanned on a log scale from {@value CostModel#BREAK_EVEN_MIN} to 10<sup>11</sup>
 * requests a month ({@value #SCAN_STEPS_PER_DECADE} steps a decade); the first interval
 * where its sign changes is narrowed by bisection on the log of the volume. Differences
 * that only touch zero, or are zero throughout, do not cross.
 */
final class BreakEvenSearch {

	private static final int SCAN_STEPS_PER_DECADE = 8;

	private static final int BISECTION_STEPS = 60;

	private static final double SCAN_LO = Math.log10(CostModel.BREAK_EVEN_MIN);

	private static final double SCAN_HI = Math.log10(CostModel.BREAK_EVEN_MAX);

	private static final int SCAN_STEPS = (int) Math.round((SCAN_HI - SCAN_LO) * SCAN_STEPS_PER_DECADE);

	/** The log volumes of the scan and the volumes themselves. */
	private static final double[] SCAN_LOGS = new double[SCAN_STEPS + 1];

	private static final double[] SCAN_VOLUMES = new double[SCAN_STEPS + 1];

	static {
		for (int i = 0; i <= SCAN_STEPS; i++) {
			SCAN_LOGS[i] = SCAN_LO + (SCAN_HI - SCAN_LO) * i / SCAN_STEPS;
			SCAN_VOLUMES[i] = Math.pow(10, SCAN_LOGS[i]);
		}
	}

	private BreakEvenSearch() {
	}

	/**
	 * The lowest volume where the difference changes sign.
	 * @param difference one cost minus the other at a volume
	 * @return the volume, or null when the sign never changes in the range
	 */
	static Double lowestCrossing(DoubleUnaryOperator difference) {
		double signedFrom = Double.NaN;
		int sign = 0;
		for (int i = 0; i <= SCAN_STEPS; i++) {
			int current = (int) Math.signum(difference.applyAsDouble(SCAN_VOLUMES[i]));
			if (current == 0) {
				continue;
			}
			if (sign == 0) {
				sign = current;
			}
			else if (current != sign) {
				return Math.pow(10, bisect(difference, signedFrom, SCAN_LOGS[i], sign));
			}
			signedFrom = SCAN_LOGS[i];
		}
		return null;
	}

	private static double bisect(DoubleUnaryOperator difference, double below, double above, int sign) {
		for (int i = 0; i < BISECTION_STEPS && above - below > 1e-12; i++) {
			double middle = (below + above) / 2;
			if (Math.signum(difference.applyAsDouble(Math.pow(10, middle))) == sign) {
				below = middle;
			}
			else {
				above = middle;
			}
		}
		return above;
	}

}
