package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.KnockOut;
import io.archfit.catalogue.Spillover;

/**
 * Compiles the knock-outs: one about a trait alone is counted in that trait's slot table
 * (as a hard limit unless the spill-over leaves room for it); one that combines answers
 * keeps its compiled condition and is listed under every trait it depends on.
 */
final class KnockOutCompiler {

	/** The compiled knock-outs and their indexes. */
	record Compiled(CompiledKnockOut[] knockOuts, int[] combined, int[][] combinedOfTrait) {
	}

	private KnockOutCompiler() {
	}

	static Compiled compile(List<KnockOut> knockOuts, Spillover spillover, CatalogueCompiler.Indexes indexes,
			CompiledTrait.Builder[] traits, ConditionCompiler conditions) {
		CompiledKnockOut[] compiled = new CompiledKnockOut[knockOuts.size()];
		List<List<Integer>> combinedByTrait = RuleCompiler.lists(traits.length);
		List<Integer> combined = new ArrayList<>();
		for (int k = 0; k < compiled.length; k++) {
			KnockOut ko = knockOuts.get(k);
			int a = indexes.architectureIndex().get(ko.architecture());
			boolean hard = spillover == null || !spillover.knockOuts().contains(ko.id());
			if (ko.when() instanceof Condition.OnTrait test) {
				int t = indexes.traitIndex().get(test.trait());
				boolean[] firesAt = traits[t].firesAt(test);
				compiled[k] = new CompiledKnockOut(ko.id(), t, a, hard, firesAt, null);
				for (int s = 0; s < traits[t].slotCount; s++) {
					if (firesAt[s]) {
						traits[t].addKnockOut(s, a, hard);
					}
				}
			}
			else {
				int[] depends = conditions.traitsOf(ko.when());
				compiled[k] = new CompiledKnockOut(ko.id(), depends[0], a, hard, null, conditions.compile(ko.when()));
				for (int t : depends) {
					traits[t].markDynamic();
					combinedByTrait.get(t).add(k);
				}
				combined.add(k);
			}
		}
		return new Compiled(compiled, combined.stream().mapToInt(Integer::intValue).toArray(),
				RuleCompiler.arrays(combinedByTrait));
	}

}
