package io.archfit.evaluation;

import java.util.Map;

/**
 * A rule compiled against the catalogue's indexes. A rule about one trait alone fires at
 * the slots in {@code firesAt}; its effects are also folded into the trait's slot table.
 * A rule that combines answers has a {@code condition} instead and is evaluated for each
 * set of answers.
 *
 * @param id rule id
 * @param trait the (first) trait its condition tests, named in its reasons
 * @param firesAt the slots of {@code trait} it fires at (null for a combined rule)
 * @param condition the combined condition (null for a rule about one trait)
 * @param criteria the criteria it moves
 * @param lift how far it lifts the spill-over receiver while spill-over is on (0 unless
 * it favours the architecture that spills over, by at least 1 and more than the receiver)
 * @param effects its non-zero effects by architecture id
 * @param effectOf its effect by architecture index
 */
record CompiledRule(String id, int trait, boolean[] firesAt, CompiledCondition condition, int[] criteria, int lift,
		Map<String, Integer> effects, int[] effectOf) {

	/** Whether it lifts the spill-over receiver. */
	boolean spills() {
		return this.lift > 0;
	}

	boolean combined() {
		return this.condition != null;
	}

	/** Whether it fires for the answers, given the combined rules' results. */
	boolean fires(AnswerVector answers, boolean[] combinedFired, int index) {
		if (this.condition != null) {
			return combinedFired[index];
		}
		int slot = answers.slots[this.trait];
		return slot >= 0 && this.firesAt[slot];
	}

}
