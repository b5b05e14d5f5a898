package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Quantity;

/**
 * Conditions of the catalogue interpreted directly on the answers' text, for the
 * reference evaluator: no compiled masks, no precomputed quantities.
 */
final class ReferenceConditions {

	private final Catalogue catalogue;

	private final Map<String, Quantity> quantities = new HashMap<>();

	ReferenceConditions(Catalogue catalogue) {
		this.catalogue = catalogue;
		catalogue.quantities().forEach((quantity) -> this.quantities.put(quantity.id(), quantity));
	}

	/** Whether a condition holds for answers given as text. */
	boolean holds(Condition condition, Map<String, String> values) {
		if (condition instanceof Condition.OnTrait test) {
			return test.matches(values.get(test.trait()));
		}
		if (condition instanceof Condition.OnQuantity test) {
			return test.matches(quantity(this.quantities.get(test.quantity()), values));
		}
		if (condition instanceof Condition.All all) {
			return all.conditions().stream().allMatch((c) -> holds(c, values));
		}
		return ((Condition.Any) condition).conditions().stream().anyMatch((c) -> holds(c, values));
	}

	static double quantity(Quantity quantity, Map<String, String> values) {
		double value = quantity.factor();
		for (Quantity.Term term : quantity.terms()) {
			String answer = values.get(term.trait());
			if (answer == null) {
				return Double.NaN;
			}
			double number = term.values().isEmpty() ? Double.parseDouble(answer) : term.values().get(answer);
			value = (term.power() > 0) ? value * number : value / number;
		}
		return value;
	}

	/**
	 * The trait a rule's reasons name: the first it tests directly, else the first of its
	 * quantities.
	 */
	String firstTrait(Condition condition) {
		List<String> traits = traitsOf(condition);
		return traits.get(0);
	}

	List<String> traitsOf(Condition condition) {
		List<String> traits = new ArrayList<>(condition.traits());
		for (String quantity : condition.quantities()) {
			for (String trait : this.catalogue.quantity(quantity).orElseThrow().traits()) {
				if (!traits.contains(trait)) {
					traits.add(trait);
				}
			}
		}
		return traits;
	}

}
