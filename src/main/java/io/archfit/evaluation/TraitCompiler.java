package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Trait;

/**
 * Starts a {@link CompiledTrait.Builder} for every trait, with the slots its answers fall
 * into: a choice trait's options, or for a numeric trait the intervals between every
 * threshold its tests use in the rules and knock-outs (combined ones included).
 */
final class TraitCompiler {

	private TraitCompiler() {
	}

	static CompiledTrait.Builder[] builders(Catalogue catalogue, int architectures, int criteria) {
		Map<String, List<Condition.OnTrait>> tests = new HashMap<>();
		List<Condition> conditions = new ArrayList<>();
		catalogue.rules().forEach((rule) -> conditions.add(rule.when()));
		catalogue.knockOuts().forEach((ko) -> conditions.add(ko.when()));
		for (Condition condition : conditions) {
			for (Condition.OnTrait test : Condition.traitTests(condition)) {
				tests.computeIfAbsent(test.trait(), (key) -> new ArrayList<>()).add(test);
			}
		}
		List<Trait> traits = catalogue.traits();
		CompiledTrait.Builder[] builders = new CompiledTrait.Builder[traits.size()];
		for (int t = 0; t < builders.length; t++) {
			Trait trait = traits.get(t);
			double[] thresholds = CompiledTrait.thresholds(tests.getOrDefault(trait.id(), List.of()));
			builders[t] = new CompiledTrait.Builder(trait, thresholds, architectures, criteria);
		}
		return builders;
	}

}
