package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The regions of a numeric trait's answers for a tipping-point search: its slots, split
 * further where a quantity that the trait enters crosses a threshold of a combined rule
 * or knock-out, given the other answers. Over a region every rule fires alike, so one
 * answer per region (and per cost band) stands for all of it.
 * <p>
 * A quantity q = rest · x<sup>p</sup> of the trait's number x crosses a threshold B at x
 * = B / rest (p = +1; values from there on reach B) or at x = rest / B (p = −1; values up
 * to there reach B, so the next region starts just above it).
 */
final class Regions {

	private Regions() {
	}

	/** The trait's slots as regions. */
	static List<Region> ofSlots(CompiledTrait trait) {
		List<Region> regions = new ArrayList<>(trait.slotCount);
		for (int s = 0; s < trait.slotCount; s++) {
			regions.add(Region.of(trait, s));
		}
		return regions;
	}

	/**
	 * The regions of a numeric trait for the answers: its slots split at every point
	 * where a quantity test involving it changes. Empty regions of integer traits are
	 * left out.
	 */
	static List<Region> of(CompiledCatalogue m, int t, AnswerVector answers) {
		CompiledTrait trait = m.traits[t];
		boolean integer = trait.isInteger();
		TreeSet<Double> starts = new TreeSet<>();
		for (double threshold : trait.thresholds) {
			starts.add(threshold);
		}
		for (CompiledCondition.QuantityTest test : m.quantityTestsOfTrait[t]) {
			CompiledQuantity quantity = test.quantity;
			for (int k = 0; k < quantity.traits.length; k++) {
				if (quantity.traits[k] != t) {
					continue;
				}
				double rest = quantity.rest(answers, k);
				if (Double.isNaN(rest) || rest <= 0) {
					continue;
				}
				for (double bound : new double[] { test.atLeast, test.below }) {
					if (Double.isInfinite(bound) || bound <= 0) {
						continue;
					}
					double start = (quantity.powers[k] > 0) ? crossing(bound / rest, integer, false)
							: crossing(rest / bound, integer, true);
					if (start > trait.trait.min() && start <= trait.trait.max()) {
						starts.add(start);
					}
				}
			}
		}
		List<Region> regions = new ArrayList<>();
		double low = trait.trait.min();
		for (double start : starts) {
			if (start > low) {
				add(regions, trait, low, start, false, integer);
				low = start;
			}
		}
		add(regions, trait, low, trait.trait.max(), true, integer);
		return regions;
	}

	/** Where the region after a crossing at x starts. */
	private static double crossing(double x, boolean integer, boolean upToIncluded) {
		if (upToIncluded) {
			return integer ? Math.floor(x) + 1 : Math.nextUp(x);
		}
		return integer ? Math.ceil(x) : x;
	}

	private static void add(List<Region> regions, CompiledTrait trait, double low, double high, boolean closed,
			boolean integer) {
		Region region = new Region(trait.slotOfNumber(low), low, high, closed);
		if (!integer || region.highest(true) >= region.lowest(true)) {
			regions.add(region);
		}
	}

	/** The index of the region holding a number, or -1 for NaN. */
	static int indexOf(List<Region> regions, double number) {
		if (Double.isNaN(number)) {
			return -1;
		}
		for (int r = 0; r < regions.size(); r++) {
			if (regions.get(r).contains(number)) {
				return r;
			}
		}
		return -1;
	}

	/**
	 * The answer that stands for region {@code r} seen from region {@code current}: its
	 * lowest answer when it lies above, its highest (a step below its end) when below.
	 */
	static String text(CompiledTrait trait, List<Region> regions, int current, int r) {
		Region region = regions.get(r);
		boolean integer = trait.isInteger();
		boolean below = current >= 0 && r < current || current < 0 && r == 0;
		if (!below) {
			return trait.number(region.lowest(integer));
		}
		if (integer) {
			return trait.number(region.highest(true));
		}
		double step = Math.min(0.1, (region.high() - region.low()) / 2);
		return trait.number(Math.max(region.low(), region.high() - step));
	}

}
