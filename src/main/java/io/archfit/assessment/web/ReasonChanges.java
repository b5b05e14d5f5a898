package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.archfit.evaluation.Reason;

/**
 * Why two evaluations of the same answers differ: the reasons one gives and the other
 * does not, and the reasons both give with different effects (for a re-score with another
 * catalogue version: the rules that are new, gone, or changed in effect).
 *
 * @param added rule ids whose reasons only the newer evaluation gives
 * @param removed rule ids whose reasons only the older evaluation gives
 * @param changed reasons both give whose effect on an architecture differs
 */
public record ReasonChanges(List<String> added, List<String> removed, List<Changed> changed) {

	static ReasonChanges between(Evaluation older, Evaluation newer) {
		Map<String, Map<String, Integer>> before = effects(older);
		Map<String, Map<String, Integer>> after = effects(newer);
		List<Changed> changed = new ArrayList<>();
		for (Map.Entry<String, Map<String, Integer>> reason : after.entrySet()) {
			Map<String, Integer> was = before.get(reason.getKey());
			if (was != null && !was.equals(reason.getValue())) {
				changed.add(Changed.of(reason.getKey(), was, reason.getValue(), newer.ranking()));
			}
		}
		return new ReasonChanges(after.keySet().stream().filter((id) -> !before.containsKey(id)).toList(),
				before.keySet().stream().filter((id) -> !after.containsKey(id)).toList(), List.copyOf(changed));
	}

	public boolean none() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty();
	}

	/** Each reason once, by rule id, with its effects, in criterion order. */
	private static Map<String, Map<String, Integer>> effects(Evaluation evaluation) {
		Map<String, Map<String, Integer>> effects = new LinkedHashMap<>();
		for (CriterionResult criterion : evaluation.criteria()) {
			for (Reason reason : criterion.reasons()) {
				effects.putIfAbsent(reason.ruleId(), reason.effects());
			}
		}
		return effects;
	}

	/**
	 * A reason both evaluations give, with the effects that differ.
	 *
	 * @param ruleId the rule
	 * @param effects each architecture whose effect differs, in ranking order of the
	 * newer evaluation
	 */
	public record Changed(String ruleId, List<EffectChange> effects) {

		static Changed of(String ruleId, Map<String, Integer> before, Map<String, Integer> after,
				List<RankedArchitecture> order) {
			List<EffectChange> changes = new ArrayList<>();
			for (RankedArchitecture ranked : order) {
				String architecture = ranked.architecture();
				int was = before.getOrDefault(architecture, 0);
				int is = after.getOrDefault(architecture, 0);
				if (was != is) {
					changes.add(new EffectChange(architecture, was, is));
				}
			}
			return new Changed(ruleId, List.copyOf(changes));
		}

	}

	/**
	 * How one rule's effect on one architecture changed.
	 *
	 * @param architecture the architecture id
	 * @param before the effect in the older evaluation
	 * @param after the effect in the newer evaluation
	 */
	public record EffectChange(String architecture, int before, int after) {

		/** The effect before, signed as the report shows effects ("+1", "−2", "0"). */
		public String shownBefore() {
			return signed(this.before);
		}

		/** The effect after, signed as the report shows effects. */
		public String shownAfter() {
			return signed(this.after);
		}

		private static String signed(int effect) {
			return (effect > 0) ? "+" + effect : (effect < 0) ? "\u2212" + (-effect) : "0";
		}

	}

}
