package io.archfit.evaluation;

import java.util.Arrays;

/**
 * One set of answers by trait index, as the engine reads them: each trait's slot (-1 when
 * unanswered), its answer text (null when unanswered) and, for numeric traits, its number
 * (NaN when unanswered or a choice).
 */
final class AnswerVector {

	final int[] slots;

	final String[] values;

	final double[] numbers;

	private AnswerVector(int[] slots, String[] values, double[] numbers) {
		this.slots = slots;
		this.values = values;
		this.numbers = numbers;
	}

	/**
	 * Reads answers against compiled traits.
	 * @throws IllegalArgumentException for an unknown trait or option, or a number that
	 * is not finite
	 */
	static AnswerVector of(Answers answers, CompiledCatalogue compiled) {
		int count = compiled.traits.length;
		int[] slots = new int[count];
		String[] values = new String[count];
		double[] numbers = new double[count];
		Arrays.fill(slots, -1);
		Arrays.fill(numbers, Double.NaN);
		answers.asMap().forEach((traitId, value) -> {
			Integer t = compiled.traitIndex.get(traitId);
			if (t == null) {
				throw new IllegalArgumentException("Unknown trait '" + traitId + "'");
			}
			CompiledTrait trait = compiled.traits[t];
			if (trait.trait.isChoice()) {
				slots[t] = trait.slotOf(value);
			}
			else {
				numbers[t] = trait.number(value);
				slots[t] = trait.slotOfNumber(numbers[t]);
			}
			values[t] = value;
		});
		return new AnswerVector(slots, values, numbers);
	}

	/**
	 * The same answers with one trait's slot (and number) replaced; -1 and NaN: not sure.
	 */
	AnswerVector with(int trait, int slot, double number) {
		int[] slotsCopy = this.slots.clone();
		double[] numbersCopy = this.numbers.clone();
		slotsCopy[trait] = slot;
		numbersCopy[trait] = number;
		return new AnswerVector(slotsCopy, this.values, numbersCopy);
	}

}
