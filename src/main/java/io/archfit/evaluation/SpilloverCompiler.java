package io.archfit.evaluation;

import java.util.List;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.Spillover;

/** Compiles the spill-over of a knocked-out architecture's strengths. */
final class SpilloverCompiler {

	private SpilloverCompiler() {
	}

	static SpillPlan compile(Catalogue catalogue, CatalogueCompiler.Indexes indexes) {
		List<Criterion> criteria = catalogue.criteria();
		Spillover spillover = catalogue.spillover().orElse(null);
		if (spillover == null) {
			return SpillPlan.none(criteria.size());
		}
		boolean[] spillCriteria = new boolean[criteria.size()];
		for (int c = 0; c < criteria.size(); c++) {
			spillCriteria[c] = spillover.groups().contains(criteria.get(c).group());
		}
		return new SpillPlan(spillover.id(), indexes.architectureIndex().get(spillover.from()),
				indexes.architectureIndex().get(spillover.to()), spillCriteria, spillover.lift() == Spillover.Lift.GAP);
	}

}
