package io.archfit.evaluation;

import java.util.List;

/**
 * A risk compiled against the catalogue's indexes: which architectures it concerns, the
 * conditions that must all hold, and the traits they test.
 */
record CompiledRisk(String id, boolean[] concerns, CompiledCondition[] conditions, List<String> triggeredBy) {

	/** Whether every condition holds for the answers. */
	boolean holds(AnswerVector answers) {
		for (CompiledCondition condition : this.conditions) {
			if (!condition.holds(answers)) {
				return false;
			}
		}
		return true;
	}

}
