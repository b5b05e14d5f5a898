package io.archfit.evaluation;

import java.util.Map;

/**
 * The compiled spill-over: when the architecture {@code from} is knocked out only by
 * limits that leave room for it, the rules favouring it on the listed criteria lift
 * {@code to} instead.
 *
 * @param id the reason's rule id (null when the catalogue has no spill-over)
 * @param from the architecture that spills over, or -1
 * @param to the architecture that receives it, or -1
 * @param criteria per criterion, whether spill-over applies to it
 * @param gap whether a rule lifts the receiver by the gap between its effects on the two
 * architectures (the receiver takes over the effect in full) rather than by one step
 */
record SpillPlan(String id, int from, int to, boolean[] criteria, boolean gap) {

	static SpillPlan none(int criterionCount) {
		return new SpillPlan(null, -1, -1, new boolean[criterionCount], false);
	}

	/**
	 * How far a rule with these effects (by architecture index) lifts the receiver while
	 * spill-over is on: 0 when it does not spill over, else one step or the gap.
	 */
	int lift(int[] effectOf) {
		if (!spills(effectOf)) {
			return 0;
		}
		return this.gap ? effectOf[this.from] - effectOf[this.to] : 1;
	}

	/** The effects of a spill-over reason that lifts the receiver by {@code lift}. */
	Map<String, Integer> effects(String[] architectures, int lift) {
		return Map.of(architectures[this.to], lift);
	}

	/** Whether spill-over is on for these knock-out counts. */
	boolean active(int[] koCount, int[] koHard) {
		return this.from >= 0 && koCount[this.from] > 0 && koHard[this.from] == 0;
	}

	/** Whether a rule with these effects (by architecture index) spills over. */
	boolean spills(int[] effectOf) {
		if (this.from < 0) {
			return false;
		}
		int fromEffect = effectOf[this.from];
		int toEffect = (this.to >= 0) ? effectOf[this.to] : 0;
		return fromEffect >= 1 && fromEffect > toEffect;
	}

}
