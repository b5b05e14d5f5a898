package io.archfit.evaluation;

import java.util.Arrays;
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

	/** log1p of each sample, worked out when first compared. */
	private final double[] logs;

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
		Samples coarse = new Samples();
		coarse.add(low, bandAt.applyAsInt(low));
		double start = Math.max(low, 1);
		double factor = Math.pow(10, 1.0 / STEPS_PER_DECADE);
		for (double x = start; x < high; x *= factor) {
			double point = integer ? Math.rint(x) : x;
			// points only grow, so a repeated one follows its twin
			if (point > low && point < high && point != coarse.last()) {
				coarse.add(point, bandAt.applyAsInt(point));
			}
		}
		if (high != coarse.last()) {
			coarse.add(high, bandAt.applyAsInt(high));
		}
		// bands skipped between two samples lie in between: look for them, in order
		Samples samples = new Samples();
		samples.add(coarse.xs[0], coarse.bands[0]);
		for (int i = 1; i < coarse.size; i++) {
			refine(coarse.xs[i - 1], coarse.bands[i - 1], coarse.xs[i], coarse.bands[i], samples, 0);
			samples.add(coarse.xs[i], coarse.bands[i]);
		}
		this.xs = Arrays.copyOf(samples.xs, samples.size);
		this.bands = Arrays.copyOf(samples.bands, samples.size);
		this.logs = new double[samples.size];
		Arrays.fill(this.logs, Double.NaN);
	}

	/**
	 * Adds the points between two samples whose bands are more than one apart, by
	 * increasing value: halves until the bands of neighbours differ by at most one.
	 */
	private void refine(double lo, int loBand, double hi, int hiBand, Samples samples, int depth) {
		if (Math.abs(loBand - hiBand) <= 1 || depth > 60 || (this.integer && hi - lo <= 1)) {
			return;
		}
		double middle = this.integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
		int middleBand = this.bandAt.applyAsInt(middle);
		refine(lo, loBand, middle, middleBand, samples, depth + 1);
		if (middle != lo && middle != hi && middle != samples.last()) {
			samples.add(middle, middleBand);
		}
		refine(middle, middleBand, hi, hiBand, samples, depth + 1);
	}

	/** Sampled values and their bands, by increasing value. */
	private static final class Samples {

		double[] xs = new double[64];

		int[] bands = new int[64];

		int size;

		void add(double x, int band) {
			if (this.size == this.xs.length) {
				this.xs = Arrays.copyOf(this.xs, this.size * 2);
				this.bands = Arrays.copyOf(this.bands, this.size * 2);
			}
			this.xs[this.size] = x;
			this.bands[this.size++] = band;
		}

		double last() {
			return (this.size > 0) ? this.xs[this.size - 1] : Double.NaN;
		}

	}

	/**
	 * The value in the band nearest to {@code current} (by log distance), or the lowest
	 * sample in it when there is no current answer; null when no sample is in the band.
	 */
	Double nearest(int band, double current) {
		int bestIndex = -1;
		double bestDistance = Double.POSITIVE_INFINITY;
		double here = Math.log1p(Math.max(current, 0));
		for (int i = 0; i < this.xs.length; i++) {
			if (this.bands[i] == band) {
				double distance = Double.isNaN(current) ? i : Math.abs(log(i) - here);
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

	private double log(int i) {
		double log = this.logs[i];
		if (Double.isNaN(log)) {
			log = Math.log1p(Math.max(this.xs[i], 0));
			this.logs[i] = log;
		}
		return log;
	}

}
