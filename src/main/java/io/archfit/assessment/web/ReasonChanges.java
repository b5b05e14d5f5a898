package io.archfit.assessment.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Reason;

/**
 * Why two evaluations of the same answers differ: the reasons one gives and the other
 * does not (for a re-score with another catalogue version, the rules that are new,
 * changed in effect, or gone).
 *
 * @param added rule ids whose reasons only the newer evaluation gives
 * @param removed rule ids whose reasons only the older evaluation gives
 */
public record ReasonChanges(List<String> added, List<String> removed) {

	static ReasonChanges between(Evaluation older, Evaluation newer) {
		Set<String> before = reasons(older);
		Set<String> after = reasons(newer);
		return new ReasonChanges(after.stream().filter((id) -> !before.contains(id)).toList(),
				before.stream().filter((id) -> !after.contains(id)).toList());
	}

	public boolean none() {
		return this.added.isEmpty() && this.removed.isEmpty();
	}

	/** Each reason once, by rule id and its effects, in criterion order. */
	private static Set<String> reasons(Evaluation evaluation) {
		Set<String> ids = new LinkedHashSet<>();
		for (CriterionResult criterion : evaluation.criteria()) {
			for (Reason reason : criterion.reasons()) {
				ids.add(reason.ruleId());
			}
		}
		return ids;
	}

}
