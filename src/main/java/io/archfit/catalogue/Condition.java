package io.archfit.catalogue;

import java.util.List;

/**
 * When a rule applies: the trait's answer is one of {@code anyOf} (choice traits), or its
 * number lies in {@code [atLeast, below)} (numeric traits; either bound may be null).
 */
public record Condition(String trait, List<String> anyOf, Double atLeast, Double below) {

	public Condition {
		anyOf = (anyOf != null) ? List.copyOf(anyOf) : List.of();
	}

	/** Whether an answer (null when unanswered) satisfies this condition. */
	public boolean matches(String value) {
		if (value == null) {
			return false;
		}
		if (!this.anyOf.isEmpty()) {
			return this.anyOf.contains(value);
		}
		double number;
		try {
			number = Double.parseDouble(value);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return (this.atLeast == null || number >= this.atLeast) && (this.below == null || number < this.below);
	}

}
