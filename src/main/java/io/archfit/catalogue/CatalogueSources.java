package io.archfit.catalogue;

import java.util.List;

/**
 * The references behind an element of a catalogue, by the id its reasons and blockers
 * carry: a rule, the cost model's reason, the spill-over, a knock-out or a risk.
 */
public final class CatalogueSources {

	private CatalogueSources() {
	}

	/** The reference ids a reason's rule id rests on (empty when unknown). */
	public static List<String> of(Catalogue catalogue, String ruleId) {
		for (Rule rule : catalogue.rules()) {
			if (rule.id().equals(ruleId)) {
				return rule.sources();
			}
		}
		if (CatalogueMessages.COST_MODEL_REASON.equals(ruleId)) {
			return catalogue.costModel().map(CostModelSpec::sources).orElse(List.of());
		}
		return catalogue.spillover()
			.filter((spillover) -> spillover.id().equals(ruleId))
			.map(Spillover::sources)
			.orElse(List.of());
	}

	/** The reference ids a knock-out rests on (empty when unknown). */
	public static List<String> ofKnockOut(Catalogue catalogue, String knockOutId) {
		return catalogue.knockOuts()
			.stream()
			.filter((ko) -> ko.id().equals(knockOutId))
			.findFirst()
			.map(KnockOut::sources)
			.orElse(List.of());
	}

	/** The reference ids a risk rests on (empty when unknown). */
	public static List<String> ofRisk(Catalogue catalogue, String riskId) {
		return catalogue.risks()
			.stream()
			.filter((risk) -> risk.id().equals(riskId))
			.findFirst()
			.map(RiskRule::sources)
			.orElse(List.of());
	}

}
