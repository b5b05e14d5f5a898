package io.archfit.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Quantity;
import io.archfit.catalogue.TraitType;

/**
 * The regions of a numeric trait, computed the straightforward way for the reference
 * evaluator: split at every threshold any rule or knock-out tests the trait with, and at
 * every number where a quantity test the trait enters changes, given the other answers.
 */
final class ReferenceRegions {

	private ReferenceRegions() {
	}

	static List<Region> of(Catalogue catalogue, io.archfit.catalogue.Trait trait, Map<String, String> values) {
		boolean integer = trait.type() == TraitType.INTEGER;
		TreeSet<Double> thresholds = new TreeSet<>();
		TreeSet<Double> starts = new TreeSet<>();
		List<Condition> conditions = new ArrayList<>();
		catalogue.rules().forEach((rule) -> conditions.add(rule.when()));
		catalogue.knockOuts().forEach((ko) -> conditions.add(ko.when()));
		List<Condition.OnQuantity> quantityTests = new ArrayList<>();
		for (Condition condition : conditions) {
			collect(condition, trait.id(), thresholds, quantityTests);
		}
		starts.addAll(thresholds);
		for (Condition.OnQuantity test : quantityTests) {
			Quantity quantity = catalogue.quantity(test.quantity()).orElseThrow();
			for (Quantity.Term term : quantity.terms()) {
				if (!term.trait().equals(trait.id())) {
					continue;
				}
				double rest = quantity.factor();
				boolean known = true;
				for (Quantity.Term other : quantity.terms()) {
					if (other == term) {
						continue;
					}
					String answer = values.get(other.trait());
					if (answer == null) {
						known = false;
						break;
					}
					double number = other.values().isEmpty() ? Double.parseDouble(answer) : other.values().get(answer);
					rest = (other.power() > 0) ? rest * number : rest / number;
				}
				if (!known || rest <= 0) {
					continue;
				}
				for (Double bound : new Double[] { test.atLeast(), test.below() }) {
					if (bound == null || bound <= 0) {
						continue;
					}
					double start;
					if (term.power() > 0) {
						double x = bound / rest;
						start = integer ? Math.ceil(x) : x;
					}
					else {
						double x = rest / bound;
						start = integer ? Math.floor(x) + 1 : Math.nextUp(x);
					}
					if (start > trait.min() && start <= trait.max()) {
						starts.add(start);
					}
				}
			}
		}
		List<Region> regions = new ArrayList<>();
		double low = trait.min();
		for (double start : starts) {
			if (start > low) {
				add(regions, thresholds, low, start, false, integer);
				low = start;
			}
		}
		add(regions, thresholds, low, trait.max(), true, integer);
		return regions;
	}

	private static void add(List<Region> regions, TreeSet<Double> thresholds, double low, double high, boolean closed,
			boolean integer) {
		int slot = thresholds.headSet(low, true).size();
		double lowest = integer ? Math.ceil(low) : low;
		double highest = closed ? high : (integer ? Math.ceil(high) - 1 : Math.nextDown(high));
		if (!integer || highest >= lowest) {
			regions.add(new Region(slot, low, high, closed));
		}
	}

	private static void collect(Condition condition, String trait, TreeSet<Double> thresholds,
			List<Condition.OnQuantity> quantityTests) {
		if (condition instanceof Condition.OnTrait test) {
			if (test.trait().equals(trait)) {
				if (test.atLeast() != null) {
					thresholds.add(test.atLeast());
				}
				if (test.below() != null) {
					thresholds.add(test.below());
				}
			}
		}
		else if (condition instanceof Condition.OnQuantity test) {
			quantityTests.add(test);
		}
		else if (condition instanceof Condition.All all) {
			all.conditions().forEach((c) -> collect(c, trait, thresholds, quantityTests));
		}
		else {
			((Condition.Any) condition).conditions().forEach((c) -> collect(c, trait, thresholds, quantityTests));
		}
	}

	/** The answer standing for region r seen from region {@code here}, as text. */
	static String text(io.archfit.catalogue.Trait trait, List<Region> regions, int here, int r) {
		Region region = regions.get(r);
		boolean integer = trait.type() == TraitType.INTEGER;
		boolean below = here >= 0 && r < here || here < 0 && r == 0;
		double value;
		if (!below) {
			value = integer ? Math.ceil(region.low()) : region.low();
		}
		else if (integer) {
			value = region.closed() ? region.high() : Math.ceil(region.high()) - 1;
		}
		else {
			value = Math.max(region.low(), region.high() - Math.min(0.1, (region.high() - region.low()) / 2));
		}
		if (integer) {
			return Long.toString(Math.round(value));
		}
		return new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

}
