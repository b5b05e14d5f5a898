package io.archfit.evaluation;

/**
 * The scores of one set of answers: net effects per architecture and criterion, the
 * spill-over lift, knock-outs, which combined rules and knock-outs fired, overall scores
 * and the ranking.
 */
final class ScoreState {

	final CompiledCatalogue model;

	/** Net effect, indexed architecture × criterion (spill-over not included). */
	final int[] net;

	/** Spill-over lift per criterion (counts only while spill-over is on). */
	final int[] spill;

	final int[] koCount;

	final int[] koHard;

	/**
	 * Per rule: whether it fired, for the rules that combine answers (false for the
	 * others).
	 */
	final boolean[] combinedRuleFired;

	/** Per knock-out: whether it fired, for those that combine answers. */
	final boolean[] combinedKoFired;

	final boolean spillActive;

	final double[] overall;

	final int[] order;

	final int best;

	/** The runner-up, or -1 when no other architecture is viable. */
	final int second;

	/** The cost model's band of the volume, or -1 when it has no effect. */
	final int band;

	private ScoreState(CompiledCatalogue model, int[] net, int[] spill, int[] koCount, int[] koHard,
			boolean[] combinedRuleFired, boolean[] combinedKoFired, double[] weights, int band) {
		this.model = model;
		this.band = band;
		this.net = net;
		this.spill = spill;
		this.koCount = koCount;
		this.koHard = koHard;
		this.combinedRuleFired = combinedRuleFired;
		this.combinedKoFired = combinedKoFired;
		this.spillActive = model.spill.active(koCount, koHard);
		this.overall = new double[model.architectureCount];
		for (int a = 0; a < model.architectureCount; a++) {
			double sum = 0;
			for (int c = 0; c < model.criterionCount; c++) {
				sum += weights[c] * score(a, c);
			}
			this.overall[a] = sum;
		}
		this.order = Scoring.rank(this.overall, koCount);
		this.best = this.order[0];
		this.second = (this.order.length > 1 && koCount[this.order[1]] == 0) ? this.order[1] : -1;
	}

	/**
	 * Scores a set of answers: each trait's slot effects, then the combined rules and
	 * knock-outs that hold, then the cost band.
	 */
	static ScoreState of(CompiledCatalogue m, AnswerVector answers, double[] weights, int band) {
		int[] net = new int[m.architectureCount * m.criterionCount];
		int[] spill = new int[m.criterionCount];
		int[] koCount = new int[m.architectureCount];
		int[] koHard = new int[m.architectureCount];
		for (int t = 0; t < m.traits.length; t++) {
			int s = answers.slots[t];
			CompiledTrait trait = m.traits[t];
			if (s < 0 || !trait.relevant) {
				continue;
			}
			int[] effects = trait.effects[s];
			for (int i : trait.effectAt[s]) {
				net[i] += effects[i];
			}
			int[] spills = trait.spill[s];
			for (int c : trait.spillAt[s]) {
				spill[c] += spills[c];
			}
			if (trait.knocksOut) {
				for (int a = 0; a < m.architectureCount; a++) {
					koCount[a] += trait.koCount[s][a];
					koHard[a] += trait.koHard[s][a];
				}
			}
		}
		boolean[] ruleFired = new boolean[m.rules.length];
		for (int r : m.combinedRules) {
			CompiledRule rule = m.rules[r];
			if (rule.condition().holds(answers)) {
				ruleFired[r] = true;
				addRule(m, rule, net, spill, 1);
			}
		}
		boolean[] koFired = new boolean[m.knockOuts.length];
		for (int k : m.combinedKnockOuts) {
			CompiledKnockOut ko = m.knockOuts[k];
			if (ko.condition().holds(answers)) {
				koFired[k] = true;
				koCount[ko.architecture()]++;
				koHard[ko.architecture()] += ko.hard() ? 1 : 0;
			}
		}
		if (band >= 0) {
			for (int a = 0; a < m.architectureCount; a++) {
				net[a * m.criterionCount + m.cost.criterion] += m.cost.effects[band][a];
			}
			spill[m.cost.criterion] += m.cost.spills[band];
		}
		return new ScoreState(m, net, spill, koCount, koHard, ruleFired, koFired, weights, band);
	}

	/** Adds (sign +1) or removes (−1) a rule's effects and spill-over. */
	static void addRule(CompiledCatalogue m, CompiledRule rule, int[] net, int[] spill, int sign) {
		int[] effectOf = rule.effectOf();
		for (int a = 0; a < m.architectureCount; a++) {
			if (effectOf[a] != 0) {
				for (int c : rule.criteria()) {
					net[a * m.criterionCount + c] += sign * effectOf[a];
				}
			}
		}
		if (rule.spills()) {
			for (int c : rule.criteria()) {
				if (m.spill.criteria()[c]) {
					spill[c] += sign * rule.lift();
				}
			}
		}
	}

	double score(int a, int c) {
		return Scoring.score(netEffect(a, c));
	}

	/** The net effect on a criterion score, spill-over included. */
	int netEffect(int a, int c) {
		int n = this.net[a * this.model.criterionCount + c];
		if (this.spillActive && a == this.model.spill.to()) {
			n += this.spill[c];
		}
		return n;
	}

	/** The lead of the best over the runner-up (100 when none is viable besides it). */
	double margin() {
		return (this.second >= 0) ? this.overall[this.best] - this.overall[this.second] : 100.0;
	}

	/** Whether the rule fired for these answers. */
	boolean fired(int rule, AnswerVector answers) {
		return this.model.rules[rule].fires(answers, this.combinedRuleFired, rule);
	}

	/** Whether the knock-out fired for these answers. */
	boolean koFired(int knockOut, AnswerVector answers) {
		return this.model.knockOuts[knockOut].fires(answers, this.combinedKoFired, knockOut);
	}

}
