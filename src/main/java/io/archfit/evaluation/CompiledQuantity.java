package io.archfit.evaluation;

/**
 * A quantity compiled against trait indexes: {@code factor × Π term}, each term an
 * answer's number (or the number its option stands for) to the power ±1. NaN while any
 * term's trait is unanswered.
 */
final class CompiledQuantity {

	final String id;

	private final double factor;

	final int[] traits;

	final int[] powers;

	/** Per term: the number of each option (choice traits), or null (numeric traits). */
	private final double[][] optionValues;

	CompiledQuantity(String id, double factor, int[] traits, int[] powers, double[][] optionValues) {
		this.id = id;
		this.factor = factor;
		this.traits = traits;
		this.powers = powers;
		this.optionValues = optionValues;
	}

	/**
	 * The quantity's value.
	 * @param answers the answers
	 * @param replaced a trait whose answer is replaced, or -1
	 * @param slot its replacing slot (-1: not sure)
	 * @param number its replacing number (NaN for a choice or not sure)
	 * @return the value, or NaN when a term's trait is unanswered
	 */
	double value(AnswerVector answers, int replaced, int slot, double number) {
		double value = this.factor;
		for (int k = 0; k < this.traits.length; k++) {
			double term = term(k, answers, replaced, slot, number);
			if (Double.isNaN(term)) {
				return Double.NaN;
			}
			value = (this.powers[k] > 0) ? value * term : value / term;
		}
		return value;
	}

	/**
	 * The value of every term but {@code skip}, multiplied (NaN when one is unanswered).
	 */
	double rest(AnswerVector answers, int skip) {
		double value = this.factor;
		for (int k = 0; k < this.traits.length; k++) {
			if (k == skip) {
				continue;
			}
			double term = term(k, answers, -1, -1, Double.NaN);
			if (Double.isNaN(term)) {
				return Double.NaN;
			}
			value = (this.powers[k] > 0) ? value * term : value / term;
		}
		return value;
	}

	private double term(int k, AnswerVector answers, int replaced, int slot, double number) {
		int t = this.traits[k];
		if (this.optionValues[k] != null) {
			int s = (t == replaced) ? slot : answers.slots[t];
			return (s >= 0) ? this.optionValues[k][s] : Double.NaN;
		}
		return (t == replaced) ? number : answers.numbers[t];
	}

}
