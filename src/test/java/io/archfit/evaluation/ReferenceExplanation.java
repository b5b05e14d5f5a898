package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueMessages;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.CostModelSpec;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.RiskRule;
import io.archfit.catalogue.Rule;
import io.archfit.catalogue.Spillover;

/**
 * The reference evaluator's reasons and risks: each criterion's score per architecture
 * with the rules behind it, and the risks of the leading architectures, built from the
 * catalogue as written.
 */
final class ReferenceExplanation {

	private final Catalogue catalogue;

	private final CostModelSpec spec;

	private final ReferenceConditions conditions;

	ReferenceExplanation(Catalogue catalogue, ReferenceConditions conditions) {
		this.catalogue = catalogue;
		this.spec = catalogue.costModel().orElse(null);
		this.conditions = conditions;
	}

	List<CriterionResult> criteria(ReferenceEvaluator.Scores scores, double[] weights, List<String> priorities,
			Map<String, String> values) {
		List<String> architectures = this.catalogue.architectures();
		Spillover spillover = this.catalogue.spillover().orElse(null);
		List<CriterionResult> results = new ArrayList<>();
		List<Criterion> criteria = this.catalogue.criteria();
		for (int c = 0; c < criteria.size(); c++) {
			String criterion = criteria.get(c).id();
			List<Reason> reasons = new ArrayList<>();
			for (Rule rule : scores.fired()) {
				if (rule.criteria().contains(criterion)) {
					reasons.add(reason(rule.id(), this.conditions.firstTrait(rule.when()), values,
							nonZero(rule.effects())));
				}
			}
			boolean cost = this.spec != null && criterion.equals(this.spec.criterion()) && scores.band() >= 0;
			if (cost) {
				reasons.add(reason(CatalogueMessages.COST_MODEL_REASON, this.spec.requests().trait(), values,
						nonZero(this.spec.bands().get(scores.band()).effects())));
			}
			if (scores.spillActive() && spillCriterion(spillover, c)) {
				for (Rule rule : scores.fired()) {
					int lift = lift(rule.effects(), spillover);
					if (rule.criteria().contains(criterion) && lift > 0) {
						reasons.add(reason(spillover.id(), this.conditions.firstTrait(rule.when()), values,
								Map.of(spillover.to(), lift)));
					}
				}
				int bandLift = cost ? lift(this.spec.bands().get(scores.band()).effects(), spillover) : 0;
				if (bandLift > 0) {
					reasons.add(reason(spillover.id(), this.spec.requests().trait(), values,
							Map.of(spillover.to(), bandLift)));
				}
			}
			Map<String, Double> byArchitecture = new LinkedHashMap<>();
			for (int a = 0; a < architectures.size(); a++) {
				int n = scores.net()[a][c];
				byArchitecture.put(architectures.get(a), Scoring.round1(50.0 + 50.0 * n / (Math.abs(n) + 3.0)));
			}
			boolean priority = priorities != null && priorities.contains(criterion);
			results.add(new CriterionResult(criterion, Scoring.round4(weights[c]), priority, byArchitecture, reasons));
		}
		return results;
	}

	List<Risk> risks(ReferenceEvaluator.Scores scores, Map<String, String> values) {
		List<String> architectures = this.catalogue.architectures();
		double top = scores.overall()[scores.best()];
		List<String> leading = new ArrayList<>();
		for (int a : scores.order()) {
			if (scores.viable()[a] && top - scores.overall()[a] <= 5.0) {
				leading.add(architectures.get(a));
			}
		}
		List<Risk> risks = new ArrayList<>();
		for (RiskRule risk : this.catalogue.risks()) {
			List<String> concerned = leading.stream().filter(risk.architectures()::contains).toList();
			if (!concerned.isEmpty()
					&& risk.when().stream().allMatch((condition) -> this.conditions.holds(condition, values))) {
				List<String> triggers = new ArrayList<>();
				for (Condition condition : risk.when()) {
					for (String trait : this.conditions.traitsOf(condition)) {
						if (!triggers.contains(trait)) {
							triggers.add(trait);
						}
					}
				}
				risks.add(new Risk(risk.id(), concerned, triggers));
			}
		}
		return risks;
	}

	/**
	 * How far a rule with these effects lifts the spill-over receiver: one step, or with
	 * the {@code gap} lift the difference between its effects on the two architectures.
	 */
	static int lift(Map<String, Integer> effects, Spillover spillover) {
		if (!spills(effects, spillover)) {
			return 0;
		}
		return (spillover.lift() == Spillover.Lift.GAP)
				? effects.getOrDefault(spillover.from(), 0) - effects.getOrDefault(spillover.to(), 0) : 1;
	}

	private static boolean spills(Map<String, Integer> effects, Spillover spillover) {
		if (spillover == null) {
			return false;
		}
		int from = effects.getOrDefault(spillover.from(), 0);
		return from >= 1 && from > effects.getOrDefault(spillover.to(), 0);
	}

	boolean spillCriterion(Spillover spillover, int c) {
		return spillover != null && spillover.groups().contains(this.catalogue.criteria().get(c).group());
	}

	private static Reason reason(String ruleId, String trait, Map<String, String> values,
			Map<String, Integer> effects) {
		return new Reason(ruleId, trait, values.get(trait), effects);
	}

	private static Map<String, Integer> nonZero(Map<String, Integer> effects) {
		Map<String, Integer> nonZero = new LinkedHashMap<>();
		effects.forEach((architecture, effect) -> {
			if (effect != 0) {
				nonZero.put(architecture, effect);
			}
		});
		return nonZero;
	}

}
