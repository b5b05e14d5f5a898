package io.archfit.evaluation;

/**
 * A knock-out compiled against the catalogue's indexes: about one trait alone (fires at
 * the slots in {@code firesAt}, folded into the trait's slot table) or combined (a
 * {@code condition} evaluated for each set of answers).
 *
 * @param id knock-out id
 * @param trait the (first) trait its condition tests, named in its blocker
 * @param architecture the architecture it rules out
 * @param hard whether it leaves no room for spill-over
 * @param firesAt the slots of {@code trait} it fires at (null when combined)
 * @param condition the combined condition (null when about one trait)
 */
record CompiledKnockOut(String id, int trait, int architecture, boolean hard, boolean[] firesAt,
		CompiledCondition condition) {

	boolean combined() {
		return this.condition != null;
	}

	/** Whether it fires for the answers, given the combined knock-outs' results. */
	boolean fires(AnswerVector answers, boolean[] combinedFired, int index) {
		if (this.condition != null) {
			return combinedFired[index];
		}
		int slot = answers.slots[this.trait];
		return slot >= 0 && this.firesAt[slot];
	}

}
