package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleToIntFunction;

/**
 * Finds, within a range of a numeric cost input, the value nearest to the current answer
 * at which the cost model's band is a given one. The range is sampled on a log scale
 * ({@value #STEPS_PER_DECADE} points a decade, more where bands are skipped between two
 * points); the nearest sample in the band is then moved towards the current answer by
 * bisection, as far as the band holds.
 */
final class BandSearch {

	/** Points a decade when looking for a number that reaches another band. */
	static final int STEPS_PER_DECADE = 32;

	private final DoubleToIntFunction bandAt;

	private final boolean integer;

	private final double[] xs;

	private final int[] bands;

	/**
	 * Samples a range.
	 * @param bandAt the band at a value
	 * @param integer whether only whole numbers are answers
	 * @param low the lowest answer of the range
	 * @param high the highest answer of the range
	 */
	BandSearch(DoubleToIntFunction bandAt, boolean integer, double low, double high) {
		this.bandAt = bandAt;
		this.integer = integer;
		TreeMap<Double, Integer> samples = new TreeMap<>();
		samples.put(low, bandAt.applyAsInt(low));
		double start = Math.max(low, 1);
		double factor = Math.pow(10, 1.0 / STEPS_PER_DECADE);
		for (double x = start; x < high; x *= factor) {
			double point = integer ? Math.rint(x) : x;
			if (point > low && point < high) {
				samples.computeIfAbsent(point, bandAt::applyAsInt);
			}
		}
		samples.computeIfAbsent(high, bandAt::applyAsInt);
		// bands skipped between two samples lie in between: look for them
		List<Map.Entry<Double, Integer>> coarse = new ArrayList<>(samples.entrySet());
		for (int i = 1; i < coarse.size(); i++) {
			refine(coarse.get(i - 1).getKey(), coarse.get(i - 1).getValue(), coarse.get(i).getKey(),
					coarse.get(i).getValue(), samples, 0);
		}
		this.xs = new double[samples.size()];
		this.bands = new int[samples.size()];
		int k = 0;
		for (Map.Entry<Double, Integer> sample : samples.entrySet()) {
			this.xs[k] = sample.getKey();
			this.bands[k++] = sample.getValue();
		}
	}

	private void refine(double lo, int loBand, double hi, int hiBand, TreeMap<Double, Integer> samples, int depth) {
		if (Math.abs(loBand - hiBand) <= 1 || depth > 60 || (this.integer && hi - lo <= 1)) {
			return;
		}
		double middle = this.integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
		int middleBand = this.bandAt.applyAsInt(middle);
		samples.put(middle, middleBand);
		refine(lo, loBand, middle, middleBand, samples, depth + 1);
		refine(middle, middleBand, hi, hiBand, samples, depth + 1);
	}

	/**
	 * The value in the band nearest to {@code current} (by log distance), or the lowest
	 * sample in it when there is no current answer; null when no sample is in the band.
	 */
	Double nearest(int band, double current) {
		int bestIndex = -1;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int i = 0; i < this.xs.length; i++) {
			if (this.bands[i] == band) {
				double distance = Double.isNaN(current) ? i : logDistance(this.xs[i], current);
				if (distance < bestDistance) {
					bestDistance = distance;
					bestIndex = i;
				}
			}
		}
		if (bestIndex < 0) {
			return null;
		}
		double hit = this.xs[bestIndex];
		int towards = Double.isNaN(current) ? -1 : (current > hit) ? 1 : -1;
		int next = bestIndex + towards;
		if (!Double.isNaN(current) && next >= 0 && next < this.xs.length && this.bands[next] != band) {
			double away = this.xs[next];
			for (int i = 0; i < 64 && (!this.integer || Math.abs(hit - away) > 1); i++) {
				double middle = this.integer ? Math.floor((hit + away) / 2) : (hit + away) / 2;
				if (this.bandAt.applyAsInt(middle) == band) {
					hit = middle;
				}
				else {
					away = middle;
				}
			}
		}
		return hit;
	}

	private static double logDistance(double a, double b) {
		return Math.abs(Math.log1p(Math.max(a, 0)) - Math.log1p(Math.max(b, 0)));
	}

}
