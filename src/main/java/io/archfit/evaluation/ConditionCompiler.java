package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Quantity;

/**
 * Compiles the catalogue's conditions and quantities against the trait indexes, and tells
 * which traits a condition depends on (directly or through a quantity) and which quantity
 * tests it holds.
 */
final class ConditionCompiler {

	private final Map<String, Integer> traitIndex;

	private final CompiledTrait.Builder[] traits;

	private final Map<String, CompiledQuantity> quantities = new HashMap<>();

	ConditionCompiler(List<Quantity> quantities, Map<String, Integer> traitIndex, CompiledTrait.Builder[] traits) {
		this.traitIndex = traitIndex;
		this.traits = traits;
		for (Quantity quantity : quantities) {
			int terms = quantity.terms().size();
			int[] termTraits = new int[terms];
			int[] powers = new int[terms];
			double[][] optionValues = new double[terms][];
			for (int k = 0; k < terms; k++) {
				Quantity.Term term = quantity.terms().get(k);
				int t = traitIndex.get(term.trait());
				termTraits[k] = t;
				powers[k] = term.power();
				if (traits[t].trait.isChoice()) {
					List<String> options = traits[t].trait.options();
					optionValues[k] = new double[options.size()];
					for (int s = 0; s < options.size(); s++) {
						optionValues[k][s] = term.values().get(options.get(s));
					}
				}
			}
			this.quantities.put(quantity.id(),
					new CompiledQuantity(quantity.id(), quantity.factor(), termTraits, powers, optionValues));
		}
	}

	CompiledCondition compile(Condition condition) {
		if (condition instanceof Condition.OnTrait test) {
			int t = this.traitIndex.get(test.trait());
			CompiledTrait.Builder trait = this.traits[t];
			if (trait.trait.isChoice()) {
				return new CompiledCondition.TraitTest(t, trait.firesAt(test));
			}
			return new CompiledCondition.TraitTest(t, bound(test.atLeast(), Double.NEGATIVE_INFINITY),
					bound(test.below(), Double.POSITIVE_INFINITY));
		}
		if (condition instanceof Condition.OnQuantity test) {
			return new CompiledCondition.QuantityTest(this.quantities.get(test.quantity()),
					bound(test.atLeast(), Double.NEGATIVE_INFINITY), bound(test.below(), Double.POSITIVE_INFINITY));
		}
		if (condition instanceof Condition.All all) {
			return new CompiledCondition.AllOf(all.conditions().stream().map(this::compile).toList());
		}
		Condition.Any any = (Condition.Any) condition;
		return new CompiledCondition.AnyOf(any.conditions().stream().map(this::compile).toList());
	}

	/** Every trait a condition depends on, directly or through a quantity, in order. */
	int[] traitsOf(Condition condition) {
		Set<Integer> traits = new LinkedHashSet<>();
		condition.traits().forEach((id) -> traits.add(this.traitIndex.get(id)));
		for (String quantity : condition.quantities()) {
			for (int t : this.quantities.get(quantity).traits) {
				traits.add(t);
			}
		}
		return traits.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The quantity tests inside a compiled condition, depth first. */
	static List<CompiledCondition.QuantityTest> quantityTests(CompiledCondition condition) {
		List<CompiledCondition.QuantityTest> tests = new ArrayList<>();
		collect(condition, tests);
		return tests;
	}

	private static void collect(CompiledCondition condition, List<CompiledCondition.QuantityTest> into) {
		if (condition instanceof CompiledCondition.QuantityTest test) {
			into.add(test);
		}
		else if (condition instanceof CompiledCondition.AllOf all) {
			all.parts().forEach((part) -> collect(part, into));
		}
		else if (condition instanceof CompiledCondition.AnyOf any) {
			any.parts().forEach((part) -> collect(part, into));
		}
	}

	private static double bound(Double value, double open) {
		return (value != null) ? value : open;
	}

}
