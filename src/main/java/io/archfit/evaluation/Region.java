package io.archfit.evaluation;

/**
 * An interval of a numeric trait's answers over which every rule fires alike: a slot of
 * the trait, or part of one where a combined rule's quantity crosses a threshold.
 *
 * @param slot the trait's slot the region lies in
 * @param low the lowest number of the region
 * @param high where the region ends
 * @param closed whether {@code high} itself belongs to the region (the trait's maximum)
 */
record Region(int slot, double low, double high, boolean closed) {

	/** A whole slot of a numeric trait. */
	static Region of(CompiledTrait trait, int slot) {
		return new Region(slot, trait.low(slot), trait.high(slot), slot == trait.slotCount - 1);
	}

	/**
	 * The lowest answer of the region for the trait (whole numbers for integer traits).
	 */
	double lowest(boolean integer) {
		return integer ? Math.ceil(this.low) : this.low;
	}

	/** The highest answer of the region (whole numbers for integer traits). */
	double highest(boolean integer) {
		if (this.closed) {
			return this.high;
		}
		return integer ? Math.ceil(this.high) - 1 : Math.nextDown(this.high);
	}

	boolean contains(double number) {
		return number >= this.low && (this.closed ? number <= this.high : number < this.high);
	}

}
