package io.archfit.evaluation;

/**
 * Scores one alternative answer of one trait against the current scores and tells whether
 * it changes the recommendation; the new leader and its margin stay readable until the
 * next call. The fast way swaps the trait's slot contribution (and the cost band's) over
 * only the criteria it moves; when the change turns a combined rule or knock-out on or
 * off, the scores are recomputed in full.
 */
final class AlternativeScorer {

	private final CompiledCatalogue m;

	private final ScoreState state;

	private final AnswerVector answers;

	private final double[] weights;

	private final double[] contribution;

	private final int[] koCount;

	private final int[] koHard;

	private final double[] overall;

	private int best;

	private double margin;

	AlternativeScorer(CompiledCatalogue m, ScoreState state, AnswerVector answers, double[] weights,
			double[] contribution) {
		this.m = m;
		this.state = state;
		this.answers = answers;
		this.weights = weights;
		this.contribution = contribution;
		this.koCount = new int[m.architectureCount];
		this.koHard = new int[m.architectureCount];
		this.overall = new double[m.architectureCount];
	}

	/** The recommendation after the last change that tipped it. */
	int best() {
		return this.best;
	}

	/**
	 * The new leader's margin over its runner-up after the last change that tipped it.
	 */
	double margin() {
		return this.margin;
	}

	/**
	 * Whether answering trait {@code t} differently changes the recommendation.
	 * @param current the trait's slot now (-1: not sure)
	 * @param alternative the other slot (-1: not sure)
	 * @param number the other answer's number (NaN for a choice or not sure; needed when
	 * combined rules test the trait)
	 * @param band the cost band after the change
	 */
	boolean tips(int t, int current, int alternative, double number, int band) {
		if (!this.m.simple(t) && togglesCombined(t, alternative, number)) {
			return inFull(t, current, alternative, number, band);
		}
		return swapped(t, current, alternative, band);
	}

	private boolean togglesCombined(int t, int alternative, double number) {
		for (int r : this.m.combinedRulesOfTrait[t]) {
			if (this.m.rules[r].condition()
				.holds(this.answers, t, alternative, number) != this.state.combinedRuleFired[r]) {
				return true;
			}
		}
		for (int k : this.m.combinedKnockOutsOfTrait[t]) {
			if (this.m.knockOuts[k].condition()
				.holds(this.answers, t, alternative, number) != this.state.combinedKoFired[k]) {
				return true;
			}
		}
		return false;
	}

	/** The fast way: swap the trait's contribution over the criteria it moves. */
	private boolean swapped(int t, int current, int alternative, int band) {
		CompiledTrait trait = this.m.traits[t];
		ScoreState s = this.state;
		int architectures = this.m.architectureCount;
		int criteria = this.m.criterionCount;
		int[] kos = s.koCount;
		int[] hard = s.koHard;
		boolean spillActive = s.spillActive;
		if (trait.knocksOut) {
			kos = this.koCount;
			hard = this.koHard;
			for (int a = 0; a < architectures; a++) {
				kos[a] = s.koCount[a] - ((current >= 0) ? trait.koCount[current][a] : 0)
						+ ((alternative >= 0) ? trait.koCount[alternative][a] : 0);
				hard[a] = s.koHard[a] - ((current >= 0) ? trait.koHard[current][a] : 0)
						+ ((alternative >= 0) ? trait.koHard[alternative][a] : 0);
			}
			spillActive = this.m.spill.active(kos, hard);
		}
		int[] oldEffects = (current >= 0) ? trait.effects[current] : trait.none;
		int[] newEffects = (alternative >= 0) ? trait.effects[alternative] : trait.none;
		int[] oldSpill = (current >= 0) ? trait.spill[current] : trait.none;
		int[] newSpill = (alternative >= 0) ? trait.spill[alternative] : trait.none;
		boolean bandChanges = band != s.band;
		CostBands bands = this.m.cost;
		int costC = bands.criterion;
		int spillDelta = bandChanges ? bands.spillOf(band) - bands.spillOf(s.band) : 0;
		int spillTo = this.m.spill.to();
		int[] net = s.net;
		MoveTable moves = trait.moves;
		int rows = moves.row((current >= 0) ? current : trait.slotCount,
				(alternative >= 0) ? alternative : trait.slotCount, bandChanges);
		int leader = -1;
		int runnerUp = -1;
		for (int a = 0; a < architectures; a++) {
			if (kos[a] > 0) {
				continue;
			}
			double sum = s.overall[a];
			boolean spillTarget = a == spillTo;
			int bandDelta = bandChanges ? bands.effectOf(band, a) - bands.effectOf(s.band, a) : 0;
			int base = a * criteria;
			if (spillTarget && spillActive != s.spillActive) {
				// spill-over starts or stops: every criterion of this architecture moves
				for (int c : trait.allCriteria) {
					int i = base + c;
					int n = net[i] - oldEffects[i] + newEffects[i];
					if (c == costC) {
						n += bandDelta;
					}
					if (spillActive) {
						n += s.spill[c] - oldSpill[c] + newSpill[c] + ((c == costC) ? spillDelta : 0);
					}
					sum += this.weights[c] * Scoring.score(n) - this.contribution[i];
				}
			}
			else {
				boolean spills = spillTarget && spillActive;
				int row = rows + (spills ? architectures : a);
				for (int k = moves.offset(row), end = moves.offset(row + 1); k < end; k++) {
					int c = moves.criterion(k);
					int i = base + c;
					int n = net[i] + moves.effect(k);
					if (c == costC) {
						n += bandDelta;
					}
					if (spills) {
						n += s.spill[c] + moves.spill(k) + ((c == costC) ? spillDelta : 0);
					}
					sum += this.weights[c] * Scoring.score(n) - this.contribution[i];
				}
			}
			this.overall[a] = sum;
			if (leader < 0 || Scoring.ahead(this.overall, a, leader)) {
				runnerUp = leader;
				leader = a;
			}
			else if (runnerUp < 0 || Scoring.ahead(this.overall, a, runnerUp)) {
				runnerUp = a;
			}
		}
		return settle(leader, runnerUp);
	}

	/** The full way: the scores with the trait's answer replaced, from scratch. */
	private boolean inFull(int t, int current, int alternative, double number, int band) {
		CompiledTrait trait = this.m.traits[t];
		ScoreState s = this.state;
		int architectures = this.m.architectureCount;
		int criteria = this.m.criterionCount;
		int[] net = s.net.clone();
		int[] spill = s.spill.clone();
		int[] kos = s.koCount.clone();
		int[] hard = s.koHard.clone();
		move(trait, current, -1, net, spill, kos, hard);
		move(trait, alternative, 1, net, spill, kos, hard);
		for (int r : this.m.combinedRulesOfTrait[t]) {
			boolean now = this.m.rules[r].condition().holds(this.answers, t, alternative, number);
			if (now != s.combinedRuleFired[r]) {
				ScoreState.addRule(this.m, this.m.rules[r], net, spill, now ? 1 : -1);
			}
		}
		for (int k : this.m.combinedKnockOutsOfTrait[t]) {
			CompiledKnockOut ko = this.m.knockOuts[k];
			boolean now = ko.condition().holds(this.answers, t, alternative, number);
			if (now != s.combinedKoFired[k]) {
				kos[ko.architecture()] += now ? 1 : -1;
				hard[ko.architecture()] += ko.hard() ? (now ? 1 : -1) : 0;
			}
		}
		CostBands bands = this.m.cost;
		if (band != s.band) {
			for (int a = 0; a < architectures; a++) {
				net[a * criteria + bands.criterion] += bands.effectOf(band, a) - bands.effectOf(s.band, a);
			}
			spill[bands.criterion] += bands.spillOf(band) - bands.spillOf(s.band);
		}
		boolean spillActive = this.m.spill.active(kos, hard);
		int leader = -1;
		int runnerUp = -1;
		for (int a = 0; a < architectures; a++) {
			if (kos[a] > 0) {
				continue;
			}
			boolean spills = spillActive && a == this.m.spill.to();
			double sum = 0;
			for (int c = 0; c < criteria; c++) {
				sum += this.weights[c] * Scoring.score(net[a * criteria + c] + (spills ? spill[c] : 0));
			}
			this.overall[a] = sum;
			if (leader < 0 || Scoring.ahead(this.overall, a, leader)) {
				runnerUp = leader;
				leader = a;
			}
			else if (runnerUp < 0 || Scoring.ahead(this.overall, a, runnerUp)) {
				runnerUp = a;
			}
		}
		return settle(leader, runnerUp);
	}

	/** Adds (sign +1) or removes (−1) one slot's effects, spill-over and knock-outs. */
	private void move(CompiledTrait trait, int slot, int sign, int[] net, int[] spill, int[] kos, int[] hard) {
		if (slot < 0) {
			return;
		}
		for (int i : trait.effectAt[slot]) {
			net[i] += sign * trait.effects[slot][i];
		}
		for (int c : trait.spillAt[slot]) {
			spill[c] += sign * trait.spill[slot][c];
		}
		for (int a = 0; a < kos.length; a++) {
			kos[a] += sign * trait.koCount[slot][a];
			hard[a] += sign * trait.koHard[slot][a];
		}
	}

	private boolean settle(int leader, int runnerUp) {
		if (leader < 0 || leader == this.state.best) {
			return false;
		}
		this.best = leader;
		this.margin = (runnerUp >= 0) ? this.overall[leader] - this.overall[runnerUp] : 100.0;
		return true;
	}

}
