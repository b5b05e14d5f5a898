package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.Step;
import io.archfit.catalogue.Trait;

/**
 * Compiles a catalogue for the engine, one part after the other: the indexes and weights
 * here, then the traits' slots ({@link TraitCompiler}), the spill-over
 * ({@link SpilloverCompiler}), the rules ({@link RuleCompiler}), the knock-outs
 * ({@link KnockOutCompiler}), the cost bands ({@link CostBandCompiler}) and the risks
 * ({@link RiskCompiler}).
 */
final class CatalogueCompiler {

	/** The catalogue's ids by index, and back. */
	record Indexes(String[] architectures, Map<String, Integer> architectureIndex, String[] criteria,
			Map<String, Integer> criterionIndex, Map<String, Integer> traitIndex) {
	}

	/** Every compiled part, for {@link CompiledCatalogue}. */
	record Parts(Catalogue catalogue, String[] architectures, Map<String, Integer> architectureIndex, String[] criteria,
			Map<String, Integer> criterionIndex, double[] groupShare, CompiledTrait[] traits,
			Map<String, Integer> traitIndex, int[] wizardOrder, int scoredTraitCount, RuleCompiler.Compiled rules,
			KnockOutCompiler.Compiled knockOuts, CompiledCondition.QuantityTest[][] quantityTestsOfTrait,
			SpillPlan spill, CostBands cost, int[][] touchedWithCost, CompiledRisk[] risks) {
	}

	private CatalogueCompiler() {
	}

	static CompiledCatalogue compile(Catalogue catalogue) {
		Indexes indexes = indexes(catalogue);
		int architectureCount = indexes.architectures().length;
		int criterionCount = indexes.criteria().length;
		CompiledTrait.Builder[] builders = TraitCompiler.builders(catalogue, architectureCount, criterionCount);
		ConditionCompiler conditions = new ConditionCompiler(catalogue.quantities(), indexes.traitIndex(), builders);
		SpillPlan spill = SpilloverCompiler.compile(catalogue, indexes);
		RuleCompiler.Compiled rules = RuleCompiler.compile(catalogue.rules(), indexes, builders, conditions, spill);
		KnockOutCompiler.Compiled knockOuts = KnockOutCompiler.compile(catalogue.knockOuts(),
				catalogue.spillover().orElse(null), indexes, builders, conditions);
		CostBands cost = CostBandCompiler.compile(catalogue, indexes, spill);
		CompiledTrait[] traits = new CompiledTrait[builders.length];
		for (int t = 0; t < traits.length; t++) {
			traits[t] = builders[t].build(cost.criterion, spill.to());
		}
		return new CompiledCatalogue(new Parts(catalogue, indexes.architectures(), indexes.architectureIndex(),
				indexes.criteria(), indexes.criterionIndex(), groupShares(catalogue), traits, indexes.traitIndex(),
				wizardOrder(catalogue, indexes),
				(int) catalogue.traits().stream().filter((t) -> !t.costInput()).count(), rules, knockOuts,
				quantityTests(rules, knockOuts, traits.length), spill, cost, touchedWithCost(traits, cost),
				RiskCompiler.compile(catalogue.risks(), catalogue.quantities(), indexes, conditions)));
	}

	private static Indexes indexes(Catalogue catalogue) {
		String[] architectures = catalogue.architectures().toArray(String[]::new);
		Map<String, Integer> architectureIndex = new HashMap<>();
		for (int a = 0; a < architectures.length; a++) {
			architectureIndex.put(architectures[a], a);
		}
		String[] criteria = catalogue.criteria().stream().map(Criterion::id).toArray(String[]::new);
		Map<String, Integer> criterionIndex = new HashMap<>();
		for (int c = 0; c < criteria.length; c++) {
			criterionIndex.put(criteria[c], c);
		}
		List<Trait> traits = catalogue.traits();
		Map<String, Integer> traitIndex = new HashMap<>();
		for (int t = 0; t < traits.size(); t++) {
			traitIndex.put(traits.get(t).id(), t);
		}
		return new Indexes(architectures, Map.copyOf(architectureIndex), criteria, Map.copyOf(criterionIndex),
				Map.copyOf(traitIndex));
	}

	/**
	 * Each group's share split over its criteria in proportion to their weights (evenly
	 * when they have the even weight).
	 */
	private static double[] groupShares(Catalogue catalogue) {
		List<Criterion> criteria = catalogue.criteria();
		double[] shares = new double[criteria.size()];
		for (int c = 0; c < shares.length; c++) {
			Criterion criterion = criteria.get(c);
			double inGroup = 0;
			for (Criterion other : catalogue.criteriaOf(criterion.group())) {
				inGroup += other.weight();
			}
			shares[c] = catalogue.groupWeights().getOrDefault(criterion.group(), 0.0) * criterion.weight() / inGroup;
		}
		return shares;
	}

	private static int[] wizardOrder(Catalogue catalogue, Indexes indexes) {
		List<Integer> order = new ArrayList<>();
		for (Step step : catalogue.steps()) {
			step.traitIds().forEach((id) -> order.add(indexes.traitIndex().get(id)));
		}
		return order.stream().mapToInt(Integer::intValue).toArray();
	}

	private static CompiledCondition.QuantityTest[][] quantityTests(RuleCompiler.Compiled rules,
			KnockOutCompiler.Compiled knockOuts, int traitCount) {
		List<List<CompiledCondition.QuantityTest>> byTrait = new ArrayList<>();
		for (int t = 0; t < traitCount; t++) {
			byTrait.add(new ArrayList<>());
		}
		List<CompiledCondition> conditions = new ArrayList<>();
		Arrays.stream(rules.rules()).filter(CompiledRule::combined).forEach((r) -> conditions.add(r.condition()));
		Arrays.stream(knockOuts.knockOuts())
			.filter(CompiledKnockOut::combined)
			.forEach((k) -> conditions.add(k.condition()));
		for (CompiledCondition condition : conditions) {
			for (CompiledCondition.QuantityTest test : ConditionCompiler.quantityTests(condition)) {
				for (int t : test.quantity.traits) {
					if (!byTrait.get(t).contains(test)) {
						byTrait.get(t).add(test);
					}
				}
			}
		}
		return byTrait.stream()
			.map((list) -> list.toArray(CompiledCondition.QuantityTest[]::new))
			.toArray(CompiledCondition.QuantityTest[][]::new);
	}

	private static int[][] touchedWithCost(CompiledTrait[] traits, CostBands cost) {
		int[][] touched = new int[traits.length][];
		for (int t = 0; t < traits.length; t++) {
			int[] own = traits[t].touched;
			boolean has = !cost.active() || Arrays.stream(own).anyMatch((c) -> c == cost.criterion);
			int[] with = has ? own : Arrays.copyOf(own, own.length + 1);
			if (!has) {
				with[own.length] = cost.criterion;
			}
			touched[t] = with;
		}
		return touched;
	}

}
