package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CostModelSpec;

/**
 * Compiles the cost model's bands: their effects by architecture index, which band passes
 * the spill-over architecture's lead on, and which traits move the band.
 */
final class CostBandCompiler {

	private CostBandCompiler() {
	}

	static CostBands compile(Catalogue catalogue, CatalogueCompiler.Indexes indexes, SpillPlan spill) {
		int architectures = indexes.architectures().length;
		CostRole[] roles = new CostRole[indexes.traitIndex().size()];
		java.util.Arrays.fill(roles, CostRole.NONE);
		CostModelSpec spec = catalogue.costModel().orElse(null);
		CostModel model = (spec != null) ? CostModel.of(catalogue) : null;
		Integer criterion = (spec != null) ? indexes.criterionIndex().get(spec.criterion()) : null;
		boolean active = spec != null && criterion != null && !spec.bands().isEmpty() && spec.requests().trait() != null
				&& model.functionsArchitecture() != null && model.oneServiceArchitecture() != null;
		if (!active) {
			return new CostBands(model, -1, new double[0], new int[0][architectures], List.of(), new int[0], roles, -1);
		}
		role(roles, indexes, spec.requests().trait(), CostRole.VOLUME);
		role(roles, indexes, spec.duration().trait(), CostRole.DURATION);
		role(roles, indexes, spec.duration().from(), CostRole.DURATION_CHOICE);
		role(roles, indexes, spec.memory().trait(), CostRole.MEMORY);
		List<CostModelSpec.CostBand> bands = spec.bands();
		double[] edges = new double[bands.size() - 1];
		int[][] effects = new int[bands.size()][architectures];
		int[] spills = new int[bands.size()];
		List<Map<String, Integer>> reasonEffects = new ArrayList<>();
		for (int band = 0; band < bands.size(); band++) {
			if (band < edges.length) {
				edges[band] = bands.get(band).below();
			}
			Map<String, Integer> nonZero = new LinkedHashMap<>();
			for (Map.Entry<String, Integer> effect : bands.get(band).effects().entrySet()) {
				Integer a = indexes.architectureIndex().get(effect.getKey());
				if (a != null && effect.getValue() != 0) {
					effects[band][a] = effect.getValue();
					nonZero.put(effect.getKey(), effect.getValue());
				}
			}
			reasonEffects.add(Map.copyOf(nonZero));
			if (spill.from() >= 0 && spill.criteria()[criterion]) {
				spills[band] = spill.lift(effects[band]);
			}
		}
		int volume = indexes.traitIndex().get(spec.requests().trait());
		return new CostBands(model, criterion, edges, effects, List.copyOf(reasonEffects), spills, roles, volume);
	}

	private static void role(CostRole[] roles, CatalogueCompiler.Indexes indexes, String trait, CostRole role) {
		Integer t = (trait != null) ? indexes.traitIndex().get(trait) : null;
		if (t != null) {
			roles[t] = role;
		}
	}

}
