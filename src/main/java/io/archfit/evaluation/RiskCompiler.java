package io.archfit.evaluation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Quantity;
import io.archfit.catalogue.RiskRule;

/**
 * Compiles the risks: the architectures each concerns, its conditions and their traits.
 */
final class RiskCompiler {

	private RiskCompiler() {
	}

	static CompiledRisk[] compile(List<RiskRule> risks, List<Quantity> quantities, CatalogueCompiler.Indexes indexes,
			ConditionCompiler conditions) {
		CompiledRisk[] compiled = new CompiledRisk[risks.size()];
		String[] architectures = indexes.architectures();
		for (int k = 0; k < compiled.length; k++) {
			RiskRule risk = risks.get(k);
			boolean[] concerns = new boolean[architectures.length];
			for (int a = 0; a < architectures.length; a++) {
				concerns[a] = risk.architectures().contains(architectures[a]);
			}
			CompiledCondition[] when = risk.when().stream().map(conditions::compile).toArray(CompiledCondition[]::new);
			Set<String> triggeredBy = new LinkedHashSet<>();
			for (Condition condition : risk.when()) {
				triggeredBy.addAll(condition.traits());
				for (String quantity : condition.quantities()) {
					quantities.stream()
						.filter((q) -> q.id().equals(quantity))
						.forEach((q) -> triggeredBy.addAll(q.traits()));
				}
			}
			compiled[k] = new CompiledRisk(risk.id(), concerns, when, List.copyOf(triggeredBy));
		}
		return compiled;
	}

}
