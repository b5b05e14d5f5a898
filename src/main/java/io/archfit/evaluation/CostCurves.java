package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Chart lines of the cost model: a monthly figure over log-spaced volumes.
 */
final class CostCurves {

	private CostCurves() {
	}

	/**
	 * The figure at {@code points} (&ge; 2) log-spaced volumes from {@code from} (&gt; 0)
	 * to {@code to} (&ge; from), by increasing volume; the ends are exact.
	 */
	static List<CostPoint> logSpaced(double from, double to, int points, DoubleUnaryOperator monthlyUsd) {
		if (!(from > 0) || !(to >= from) || !Double.isFinite(to) || points < 2) {
			throw new IllegalArgumentException("A curve needs 0 < from <= to and at least 2 points");
		}
		double lo = Math.log10(from);
		double hi = Math.log10(to);
		List<CostPoint> curve = new ArrayList<>(points);
		for (int i = 0; i < points; i++) {
			double volume = (i == 0) ? from : (i == points - 1) ? to : Math.pow(10, lo + (hi - lo) * i / (points - 1));
			curve.add(new CostPoint(volume, monthlyUsd.applyAsDouble(volume)));
		}
		return List.copyOf(curve);
	}

}
