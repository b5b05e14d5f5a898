package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * The message keys a catalogue needs in the {@code messages/catalogue} bundle: names and
 * summaries, questions with their help and options, and the text of every rule, knock-out
 * and risk. The application checks them at start-up and the tests keep the bundle
 * complete.
 */
public final class CatalogueMessages {

	/** The rule id of the cost model's reason on the cost criterion. */
	public static final String COST_MODEL_REASON = "cost-model";

	private CatalogueMessages() {
	}

	/** Every key the catalogue's texts are looked up with, in catalogue order. */
	public static List<String> requiredKeys(Catalogue catalogue) {
		List<String> keys = new ArrayList<>();
		for (String architecture : catalogue.architectures()) {
			keys.add("architecture." + architecture + ".name");
			keys.add("architecture." + architecture + ".summary");
		}
		for (String group : catalogue.groupWeights().keySet().stream().sorted().toList()) {
			keys.add("group." + group + ".name");
		}
		for (Criterion criterion : catalogue.criteria()) {
			keys.add("criterion." + criterion.id() + ".name");
			keys.add("criterion." + criterion.id() + ".description");
		}
		for (Step step : catalogue.steps()) {
			keys.add("step." + step.id() + ".title");
			keys.add("step." + step.id() + ".intro");
		}
		for (Trait trait : catalogue.traits()) {
			keys.add("trait." + trait.id() + ".label");
			keys.add("trait." + trait.id() + ".help");
			if (trait.isChoice()) {
				for (String option : trait.options()) {
					keys.add("trait." + trait.id() + ".option." + option);
					keys.add("trait." + trait.id() + ".option." + option + ".help");
				}
			}
			else {
				keys.add("trait." + trait.id() + ".unit");
			}
		}
		for (Quantity quantity : catalogue.quantities()) {
			keys.add("quantity." + quantity.id() + ".label");
		}
		for (Rule rule : catalogue.rules()) {
			keys.add("rule." + rule.id());
		}
		catalogue.spillover().ifPresent((spillover) -> keys.add("rule." + spillover.id()));
		if (catalogue.costModel().map((model) -> !model.bands().isEmpty()).orElse(false)) {
			// the cost model's reason on the cost criterion
			keys.add("rule." + COST_MODEL_REASON);
		}
		for (KnockOut knockOut : catalogue.knockOuts()) {
			keys.add("knockout." + knockOut.id());
		}
		for (RiskRule risk : catalogue.risks()) {
			keys.add("risk." + risk.id() + ".title");
			keys.add("risk." + risk.id() + ".mitigation");
		}
		return keys;
	}

}
