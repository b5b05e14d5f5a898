package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.CatalogueMessages;

/**
 * Explains a set of scores: the ranking with each architecture's blockers, every
 * criterion with the rules behind its scores, and the risks that apply to the leading
 * architectures.
 */
final class Explanation {

	/** Viable architectures this close to the first also count as leading (for risks). */
	static final double LEADING_GAP = 5.0;

	private final CompiledCatalogue m;

	private final ScoreState state;

	private final AnswerVector answers;

	Explanation(CompiledCatalogue m, ScoreState state, AnswerVector answers) {
		this.m = m;
		this.state = state;
		this.answers = answers;
	}

	List<RankedArchitecture> ranking() {
		List<RankedArchitecture> ranking = new ArrayList<>(this.m.architectureCount);
		for (int a : this.state.order) {
			List<Blocker> blockers = new ArrayList<>();
			if (this.state.koCount[a] > 0) {
				for (int k = 0; k < this.m.knockOuts.length; k++) {
					CompiledKnockOut ko = this.m.knockOuts[k];
					if (ko.architecture() == a && this.state.koFired(k, this.answers)) {
						blockers.add(new Blocker(ko.id(), this.m.traits[ko.trait()].trait.id(),
								this.answers.values[ko.trait()]));
					}
				}
			}
			ranking.add(new RankedArchitecture(this.m.architectures[a], Scoring.round1(this.state.overall[a]),
					blockers.isEmpty(), blockers));
		}
		return ranking;
	}

	/** Each criterion score rounded as shown, indexed architecture × criterion. */
	Double[] roundedScores() {
		Double[] rounded = new Double[this.m.architectureCount * this.m.criterionCount];
		for (int a = 0; a < this.m.architectureCount; a++) {
			for (int c = 0; c < this.m.criterionCount; c++) {
				rounded[a * this.m.criterionCount + c] = Scoring.shownScore(this.state.netEffect(a, c));
			}
		}
		return rounded;
	}

	/**
	 * The criterion results; also fills {@code effects} with each reason's effects on the
	 * recommended architecture and the runner-up ({@code effects[c][2k]} and
	 * {@code effects[c][2k + 1]} for reason k of criterion c), for the comparison.
	 */
	List<CriterionResult> criteria(double[] weights, List<String> priorities, Double[] rounded, int[][] effects) {
		CompiledCatalogue model = this.m;
		ScoreState s = this.state;
		int first = s.best;
		int second = (s.second >= 0) ? s.second : s.best;
		int spillTo = model.spill.to();
		int spillFirst = (first == spillTo) ? 1 : 0;
		int spillSecond = (second == spillTo) ? 1 : 0;
		boolean[] priority = Scoring.priorityFlags(model, priorities);
		List<CriterionResult> results = new ArrayList<>(model.criterionCount);
		Reason[] reasonCache = new Reason[model.rules.length];
		List<Reason> reasons = new ArrayList<>();
		int[] pairs = new int[16];
		for (int c = 0; c < model.criterionCount; c++) {
			reasons.clear();
			int n = 0;
			for (int r : model.rulesOfCriterion[c]) {
				if (s.fired(r, this.answers)) {
					CompiledRule rule = model.rules[r];
					if (reasonCache[r] == null) {
						reasonCache[r] = reason(rule.id(), rule.trait(), rule.effects());
					}
					reasons.add(reasonCache[r]);
					pairs = pair(pairs, n++, rule.effectOf()[first], rule.effectOf()[second]);
				}
			}
			boolean costModel = c == model.cost.criterion && s.band >= 0;
			if (costModel) {
				reasons.add(reason(CatalogueMessages.COST_MODEL_REASON, model.cost.volumeTrait,
						model.cost.reasonEffects.get(s.band)));
				pairs = pair(pairs, n++, model.cost.effects[s.band][first], model.cost.effects[s.band][second]);
			}
			if (s.spillActive) {
				if (model.spill.criteria()[c]) {
					for (int r : model.rulesOfCriterion[c]) {
						CompiledRule rule = model.rules[r];
						if (rule.spills() && s.fired(r, this.answers)) {
							reasons.add(reason(model.spill.id(), rule.trait(),
									model.spill.effects(model.architectures, rule.lift())));
							pairs = pair(pairs, n++, spillFirst * rule.lift(), spillSecond * rule.lift());
						}
					}
				}
				int bandLift = costModel ? model.cost.spills[s.band] : 0;
				if (bandLift > 0) {
					reasons.add(reason(model.spill.id(), model.cost.volumeTrait,
							model.spill.effects(model.architectures, bandLift)));
					pairs = pair(pairs, n++, spillFirst * bandLift, spillSecond * bandLift);
				}
			}
			effects[c] = Arrays.copyOf(pairs, 2 * n);
			results.add(new CriterionResult(model.criteria[c], Scoring.round4(weights[c]), priority[c],
					scores(rounded, c), reasons));
		}
		return results;
	}

	private Reason reason(String ruleId, int trait, Map<String, Integer> effects) {
		return new Reason(ruleId, this.m.traits[trait].trait.id(), this.answers.values[trait], effects);
	}

	/** The scores of one criterion by architecture id, from the rounded scores. */
	private Map<String, Double> scores(Double[] rounded, int c) {
		@SuppressWarnings("unchecked")
		Map.Entry<String, Double>[] scores = new Map.Entry[this.m.architectureCount];
		for (int a = 0; a < this.m.architectureCount; a++) {
			scores[a] = Map.entry(this.m.architectures[a], rounded[a * this.m.criterionCount + c]);
		}
		return Map.ofEntries(scores);
	}

	/** Stores reason k's effects on the two compared architectures, growing the array. */
	private static int[] pair(int[] pairs, int k, int onFirst, int onSecond) {
		int[] into = (2 * k + 1 < pairs.length) ? pairs : Arrays.copyOf(pairs, 2 * pairs.length + 2);
		into[2 * k] = onFirst;
		into[2 * k + 1] = onSecond;
		return into;
	}

	/**
	 * The risks of the leading architectures (the first and any viable one within
	 * {@value #LEADING_GAP} points of it) whose conditions hold.
	 */
	List<Risk> risks() {
		int[] leading = new int[this.m.architectureCount];
		int leadingCount = 0;
		double top = this.state.overall[this.state.best];
		for (int a : this.state.order) {
			if (this.state.koCount[a] == 0 && top - this.state.overall[a] <= LEADING_GAP) {
				leading[leadingCount++] = a;
			}
		}
		List<Risk> risks = new ArrayList<>();
		for (CompiledRisk rule : this.m.risks) {
			List<String> concerned = null;
			for (int i = 0; i < leadingCount; i++) {
				if (rule.concerns()[leading[i]]) {
					if (concerned == null) {
						concerned = new ArrayList<>(leadingCount);
					}
					concerned.add(this.m.architectures[leading[i]]);
				}
			}
			if (concerned != null && rule.holds(this.answers)) {
				risks.add(new Risk(rule.id(), concerned, rule.triggeredBy()));
			}
		}
		return risks;
	}

}
