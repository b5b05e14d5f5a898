package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Rule;

/**
 * Compiles the rules: a rule about one trait alone is folded into that trait's slot table
 * (its effects, and its spill-over lift where it favours the architecture that spills
 * over); a rule that combines answers keeps its compiled condition and is listed under
 * every trait it depends on.
 */
final class RuleCompiler {

	/** The compiled rules and their indexes. */
	record Compiled(CompiledRule[] rules, int[][] rulesOfCriterion, int[] combined, int[][] combinedOfTrait) {
	}

	private RuleCompiler() {
	}

	static Compiled compile(List<Rule> rules, CatalogueCompiler.Indexes indexes, CompiledTrait.Builder[] traits,
			ConditionCompiler conditions, SpillPlan spill) {
		int criterionCount = indexes.criteria().length;
		CompiledRule[] compiled = new CompiledRule[rules.size()];
		List<List<Integer>> byCriterion = lists(criterionCount);
		List<List<Integer>> combinedByTrait = lists(traits.length);
		List<Integer> combined = new ArrayList<>();
		for (int r = 0; r < compiled.length; r++) {
			Rule rule = rules.get(r);
			int[] ruleCriteria = rule.criteria().stream().mapToInt(indexes.criterionIndex()::get).toArray();
			Map<String, Integer> nonZero = new LinkedHashMap<>();
			rule.effects().forEach((architecture, effect) -> {
				if (effect != 0) {
					nonZero.put(architecture, effect);
				}
			});
			int[] effectOf = new int[indexes.architectures().length];
			nonZero.forEach((architecture, effect) -> effectOf[indexes.architectureIndex().get(architecture)] = effect);
			int lift = spill.lift(effectOf);
			if (rule.when() instanceof Condition.OnTrait test) {
				int t = indexes.traitIndex().get(test.trait());
				boolean[] firesAt = traits[t].firesAt(test);
				compiled[r] = new CompiledRule(rule.id(), t, firesAt, null, ruleCriteria, lift, Map.copyOf(nonZero),
						effectOf);
				fold(traits[t], firesAt, rule.effects(), ruleCriteria, lift, indexes, spill);
			}
			else {
				int[] depends = conditions.traitsOf(rule.when());
				compiled[r] = new CompiledRule(rule.id(), depends[0], null, conditions.compile(rule.when()),
						ruleCriteria, lift, Map.copyOf(nonZero), effectOf);
				for (int t : depends) {
					traits[t].markDynamic();
					combinedByTrait.get(t).add(r);
				}
				combined.add(r);
			}
			for (int c : ruleCriteria) {
				byCriterion.get(c).add(r);
			}
		}
		return new Compiled(compiled, arrays(byCriterion), combined.stream().mapToInt(Integer::intValue).toArray(),
				arrays(combinedByTrait));
	}

	/** Adds a one-trait rule's effects and spill-over to the slots it fires at. */
	private static void fold(CompiledTrait.Builder trait, boolean[] firesAt, Map<String, Integer> effects,
			int[] ruleCriteria, int lift, CatalogueCompiler.Indexes indexes, SpillPlan spill) {
		for (int s = 0; s < trait.slotCount; s++) {
			if (!firesAt[s]) {
				continue;
			}
			for (Map.Entry<String, Integer> effect : effects.entrySet()) {
				int a = indexes.architectureIndex().get(effect.getKey());
				for (int c : ruleCriteria) {
					trait.addEffect(s, a, c, effect.getValue());
				}
			}
			if (lift > 0) {
				for (int c : ruleCriteria) {
					if (spill.criteria()[c]) {
						trait.addSpill(s, c, lift);
					}
				}
			}
		}
	}

	static List<List<Integer>> lists(int count) {
		List<List<Integer>> lists = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			lists.add(new ArrayList<>());
		}
		return lists;
	}

	static int[][] arrays(List<List<Integer>> lists) {
		return lists.stream().map((list) -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
	}

}
