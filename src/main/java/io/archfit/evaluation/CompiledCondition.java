package io.archfit.evaluation;

import java.util.List;

/**
 * A condition compiled against trait and quantity indexes, evaluated on the answers'
 * slots and numbers — with one trait's answer optionally replaced, for tipping points.
 */
abstract sealed class CompiledCondition permits CompiledCondition.TraitTest, CompiledCondition.QuantityTest,
		CompiledCondition.AllOf, CompiledCondition.AnyOf {

	/**
	 * Whether the condition holds.
	 * @param answers the answers
	 * @param trait a trait whose answer is replaced, or -1
	 * @param slot its replacing slot (-1: not sure)
	 * @param number its replacing number (NaN for a choice or not sure)
	 */
	abstract boolean holds(AnswerVector answers, int trait, int slot, double number);

	/** Whether the condition holds for the answers as they are. */
	final boolean holds(AnswerVector answers) {
		return holds(answers, -1, -1, Double.NaN);
	}

	/**
	 * A trait's answer: a choice among the options the test names (read from its slot),
	 * or a number in {@code [atLeast, below)}.
	 */
	static final class TraitTest extends CompiledCondition {

		final int trait;

		/**
		 * Per option, whether the test holds (choice traits); null for numeric traits.
		 */
		private final boolean[] firesAt;

		private final double atLeast;

		private final double below;

		/** A test of a choice trait. */
		TraitTest(int trait, boolean[] firesAt) {
			this.trait = trait;
			this.firesAt = firesAt;
			this.atLeast = Double.NEGATIVE_INFINITY;
			this.below = Double.POSITIVE_INFINITY;
		}

		/** A test of a numeric trait; an open bound is ±∞. */
		TraitTest(int trait, double atLeast, double below) {
			this.trait = trait;
			this.firesAt = null;
			this.atLeast = atLeast;
			this.below = below;
		}

		@Override
		boolean holds(AnswerVector answers, int replaced, int slot, double number) {
			if (this.firesAt != null) {
				int s = (replaced == this.trait) ? slot : answers.slots[this.trait];
				return s >= 0 && this.firesAt[s];
			}
			double n = (replaced == this.trait) ? number : answers.numbers[this.trait];
			return !Double.isNaN(n) && n >= this.atLeast && n < this.below;
		}

	}

	/** A quantity lies in {@code [atLeast, below)}. */
	static final class QuantityTest extends CompiledCondition {

		final CompiledQuantity quantity;

		final double atLeast;

		final double below;

		/**
		 * @param atLeast lower bound, or −∞; @param below upper bound, or +∞
		 */
		QuantityTest(CompiledQuantity quantity, double atLeast, double below) {
			this.quantity = quantity;
			this.atLeast = atLeast;
			this.below = below;
		}

		@Override
		boolean holds(AnswerVector answers, int replaced, int slot, double number) {
			double value = this.quantity.value(answers, replaced, slot, number);
			return !Double.isNaN(value) && value >= this.atLeast && value < this.below;
		}

	}

	/** Every part holds. */
	static final class AllOf extends CompiledCondition {

		private final CompiledCondition[] parts;

		AllOf(List<CompiledCondition> parts) {
			this.parts = parts.toArray(CompiledCondition[]::new);
		}

		List<CompiledCondition> parts() {
			return List.of(this.parts);
		}

		@Override
		boolean holds(AnswerVector answers, int replaced, int slot, double number) {
			for (CompiledCondition part : this.parts) {
				if (!part.holds(answers, replaced, slot, number)) {
					return false;
				}
			}
			return true;
		}

	}

	/** At least one part holds. */
	static final class AnyOf extends CompiledCondition {

		private final CompiledCondition[] parts;

		AnyOf(List<CompiledCondition> parts) {
			this.parts = parts.toArray(CompiledCondition[]::new);
		}

		List<CompiledCondition> parts() {
			return List.of(this.parts);
		}

		@Override
		boolean holds(AnswerVector answers, int replaced, int slot, double number) {
			for (CompiledCondition part : this.parts) {
				if (part.holds(answers, replaced, slot, number)) {
					return true;
				}
			}
			return false;
		}

	}

}
