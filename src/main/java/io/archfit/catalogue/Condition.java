package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * When a rule, knock-out or risk applies. A condition tests one answer (a choice among
 * options, or a number in a range), a quantity derived from several answers, or combines
 * other conditions (all of them, or any of them). An unanswered trait satisfies no test,
 * and a quantity is known only when every trait it is derived from is answered.
 */
public sealed interface Condition permits Condition.OnTrait, Condition.OnQuantity, Condition.All, Condition.Any {

	/** Whether this is a test of one trait alone (the kind every v1 rule has). */
	default boolean isSingleTrait() {
		return this instanceof OnTrait;
	}

	/**
	 * The traits this condition tests directly, in the order written (a quantity's traits
	 * are not included; see {@link Quantity#traits()}).
	 */
	List<String> traits();

	/** The quantities this condition tests, in the order written. */
	List<String> quantities();

	/** What kind of test it is, for pages that show it: trait, quantity, all or any. */
	String kind();

	/**
	 * The answer to a trait is one of {@code anyOf} (choice traits), or its number lies
	 * in {@code [atLeast, below)} (numeric traits; either bound may be null).
	 */
	record OnTrait(String trait, List<String> anyOf, Double atLeast, Double below) implements Condition {

		@Override
		public String kind() {
			return "trait";
		}

		public OnTrait {
			anyOf = (anyOf != null) ? List.copyOf(anyOf) : List.of();
		}

		@Override
		public List<String> traits() {
			return List.of(this.trait);
		}

		@Override
		public List<String> quantities() {
			return List.of();
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
			return inRange(number, this.atLeast, this.below);
		}

	}

	/** A derived quantity lies in {@code [atLeast, below)} (either bound may be null). */
	record OnQuantity(String quantity, Double atLeast, Double below) implements Condition {

		@Override
		public String kind() {
			return "quantity";
		}

		@Override
		public List<String> traits() {
			return List.of();
		}

		@Override
		public List<String> quantities() {
			return List.of(this.quantity);
		}

		/** Whether a quantity's value (NaN when unknown) satisfies this condition. */
		public boolean matches(double value) {
			return !Double.isNaN(value) && inRange(value, this.atLeast, this.below);
		}

	}

	/** Every one of the conditions holds. */
	record All(List<Condition> conditions) implements Condition {

		@Override
		public String kind() {
			return "all";
		}

		public All {
			conditions = List.copyOf(conditions);
		}

		@Override
		public List<String> traits() {
			return collect(this.conditions, false);
		}

		@Override
		public List<String> quantities() {
			return collect(this.conditions, true);
		}

	}

	/** At least one of the conditions holds. */
	record Any(List<Condition> conditions) implements Condition {

		@Override
		public String kind() {
			return "any";
		}

		public Any {
			conditions = List.copyOf(conditions);
		}

		@Override
		public List<String> traits() {
			return collect(this.conditions, false);
		}

		@Override
		public List<String> quantities() {
			return collect(this.conditions, true);
		}

	}

	/** Whether a number lies in {@code [atLeast, below)}; a null bound is open. */
	static boolean inRange(double number, Double atLeast, Double below) {
		return (atLeast == null || number >= atLeast) && (below == null || number < below);
	}

	/** The single-trait tests inside a condition, depth first. */
	public static List<OnTrait> traitTests(Condition condition) {
		List<OnTrait> tests = new ArrayList<>();
		addTraitTests(condition, tests);
		return tests;
	}

	private static void addTraitTests(Condition condition, List<OnTrait> into) {
		if (condition instanceof OnTrait test) {
			into.add(test);
		}
		else if (condition instanceof All all) {
			all.conditions().forEach((c) -> addTraitTests(c, into));
		}
		else if (condition instanceof Any any) {
			any.conditions().forEach((c) -> addTraitTests(c, into));
		}
	}

	private static List<String> collect(List<Condition> conditions, boolean quantities) {
		Set<String> ids = new LinkedHashSet<>();
		for (Condition condition : conditions) {
			ids.addAll(quantities ? condition.quantities() : condition.traits());
		}
		return List.copyOf(ids);
	}

}
