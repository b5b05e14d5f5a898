package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds every single answer change that changes the recommendation. Each alternative
 * answer of each trait is scored by swapping that trait's contribution — over only the
 * criteria the change moves ({@link MoveTable}) — and traits that cannot move any score
 * far enough to change the leader are skipped. A trait that moves the cost model's band
 * (the volume, run time and memory) also swaps the band's effect on the cost criterion;
 * for its numbers each pair of region and band is one alternative, represented by the
 * value nearest to the current answer. A trait that a combined rule or knock-out tests is
 * rescored in full whenever the change turns one of those on or off.
 */
final class TippingPointSearch {

	/**
	 * Points (beyond the most the alternatives can move) by which the leader must stay
	 * ahead for a trait to be skipped: a tie of {@value Scoring#TIE} either way and room
	 * for rounding.
	 */
	static final double TIP_MARGIN = 3 * Scoring.TIE;

	private final CompiledCatalogue m;

	private final ScoreState state;

	private final AnswerVector answers;

	private final double[] weights;

	private final CostContext cost;

	/**
	 * Each architecture's weighted criterion scores, indexed architecture × criterion.
	 */
	private final double[] contribution;

	private final AlternativeScorer scorer;

	private final List<Candidate> candidates = new ArrayList<>();

	TippingPointSearch(CompiledCatalogue m, ScoreState state, AnswerVector answers, double[] weights,
			CostContext cost) {
		this.m = m;
		this.state = state;
		this.answers = answers;
		this.weights = weights;
		this.cost = cost;
		this.contribution = new double[m.architectureCount * m.criterionCount];
		for (int a = 0; a < m.architectureCount; a++) {
			for (int c = 0; c < m.criterionCount; c++) {
				this.contribution[a * m.criterionCount + c] = weights[c] * state.score(a, c);
			}
		}
		this.scorer = new AlternativeScorer(m, state, answers, weights, this.contribution);
	}

	/**
	 * The tipping points, nearest first, then the clearest new lead, then wizard order.
	 */
	List<TippingPoint> find() {
		for (int t : this.m.wizardOrder) {
			CompiledTrait trait = this.m.traits[t];
			CostRole role = this.cost.bands.roles[t];
			boolean bandMoves = role != CostRole.NONE && (role == CostRole.VOLUME || this.state.band >= 0);
			boolean combined = !this.m.simple(t);
			if (!trait.relevant && !bandMoves && !combined) {
				continue;
			}
			int current = this.answers.slots[t];
			if (!trait.knocksOut && !combined && cannotTip(t, current, bandMoves)) {
				continue;
			}
			if (!bandMoves || trait.trait.isChoice()) {
				if (trait.trait.isChoice() || !combined) {
					bySlot(t, role, bandMoves);
				}
				else {
					byRegion(t);
				}
			}
			else {
				byRegionAndBand(t, role, combined);
			}
		}
		this.candidates.sort(Candidate.ORDER);
		List<TippingPoint> points = new ArrayList<>(this.candidates.size());
		for (Candidate candidate : this.candidates) {
			CompiledTrait trait = this.m.traits[candidate.trait];
			String to = (candidate.value != null) ? candidate.value : (candidate.alternative >= 0)
					? trait.alternativeText(candidate.current, candidate.alternative) : null;
			points.add(new TippingPoint(trait.trait.id(), this.answers.values[candidate.trait], to,
					this.m.architectures[candidate.recommended], candidate.distance));
		}
		return points;
	}

	/** Every other option of a choice (or slot of a simple number), and "not sure". */
	private void bySlot(int t, CostRole role, boolean bandMoves) {
		CompiledTrait trait = this.m.traits[t];
		int current = this.answers.slots[t];
		for (int alternative = -1; alternative < trait.slotCount; alternative++) {
			int band = bandMoves ? this.cost.bandWith(role, (alternative >= 0) ? trait.optionOrNull(alternative) : null)
					: this.state.band;
			if (alternative != current && this.scorer.tips(t, current, alternative, Double.NaN, band)) {
				int distance = (current >= 0 && alternative >= 0) ? Math.abs(alternative - current) : 1;
				add(t, current, alternative, null, distance);
			}
		}
	}

	/** "Not sure" and one answer per region of a number that combined rules test. */
	private void byRegion(int t) {
		CompiledTrait trait = this.m.traits[t];
		int current = this.answers.slots[t];
		if (current >= 0 && this.scorer.tips(t, current, -1, Double.NaN, this.state.band)) {
			add(t, current, -1, null, 1);
		}
		List<Region> regions = Regions.of(this.m, t, this.answers);
		int here = Regions.indexOf(regions, this.answers.numbers[t]);
		for (int r = 0; r < regions.size(); r++) {
			if (r == here) {
				continue;
			}
			String text = Regions.text(trait, regions, here, r);
			double number = Double.parseDouble(text);
			if (this.scorer.tips(t, current, regions.get(r).slot(), number, this.state.band)) {
				add(t, current, regions.get(r).slot(), text, (here >= 0) ? Math.abs(r - here) : 1);
			}
		}
	}

	/** "Not sure" and, per region and cost band, the nearest answer that reaches both. */
	private void byRegionAndBand(int t, CostRole role, boolean combined) {
		CompiledTrait trait = this.m.traits[t];
		int current = this.answers.slots[t];
		double value = this.answers.numbers[t];
		if (current >= 0 && this.scorer.tips(t, current, -1, Double.NaN, this.cost.bandWith(role, null))) {
			add(t, current, -1, null, 1);
		}
		List<Region> regions = combined ? Regions.of(this.m, t, this.answers) : Regions.ofSlots(trait);
		int here = combined ? Regions.indexOf(regions, value) : current;
		for (int r = 0; r < regions.size(); r++) {
			Region region = regions.get(r);
			for (int band = 0; band < this.cost.bands.count; band++) {
				if (r == here && band == this.state.band) {
					continue;
				}
				String text;
				if (combined) {
					text = this.cost.nearest(role, trait, region, band, value);
					if (text == null || !this.scorer.tips(t, current, region.slot(), Double.parseDouble(text), band)) {
						continue;
					}
				}
				else {
					if (!this.scorer.tips(t, current, region.slot(), Double.NaN, band)) {
						continue;
					}
					text = this.cost.nearest(role, trait, region, band, value);
				}
				if (text != null) {
					int steps = (here >= 0) ? Math.abs(r - here) : 1;
					int distance = Math.max(1, steps + ((this.state.band >= 0) ? Math.abs(band - this.state.band) : 0));
					add(t, current, region.slot(), text, distance);
				}
			}
		}
	}

	private void add(int t, int current, int alternative, String value, int distance) {
		this.candidates.add(new Candidate(t, current, alternative, value, this.scorer.best(), distance,
				this.scorer.margin(), this.candidates.size()));
	}

	/**
	 * Whether no other answer of a trait can change the recommendation, judged from the
	 * most each answer can move each criterion score: when the leader stays more than
	 * {@value #TIP_MARGIN} points ahead of every other viable architecture even if all
	 * those moves went against it, scoring the alternatives one by one could only confirm
	 * it. Only for traits without knock-outs or combined rules.
	 */
	private boolean cannotTip(int t, int current, boolean bandMoves) {
		int best = this.state.best;
		double bestReach = reach(t, current, bandMoves, best);
		for (int a : this.state.order) {
			if (a == best || this.state.koCount[a] > 0) {
				continue;
			}
			double gap = this.state.overall[best] - this.state.overall[a];
			if (!(gap - bestReach - reach(t, current, bandMoves, a) > TIP_MARGIN)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The most another answer of a trait can move one architecture's overall score: each
	 * criterion score moves at most as far as the largest change of its net effect takes
	 * it, up or down (scores rise with the net effect). A change of the cost model's band
	 * moves the cost criterion by at most the spread of the band effects, and the
	 * spill-over there by at most its largest lift.
	 */
	private double reach(int t, int current, boolean bandMoves, int a) {
		CompiledTrait trait = this.m.traits[t];
		int[] reach = trait.moves.reach((current >= 0) ? current : trait.slotCount);
		int criteria = this.m.criterionCount;
		boolean spills = a == this.m.spill.to() && this.state.spillActive;
		int row = spills ? this.m.architectureCount : a;
		double sum = 0;
		for (int c : bandMoves ? this.m.touchedWithCost[t] : trait.touched) {
			int move = reach[row * criteria + c];
			if (bandMoves && c == this.m.cost.criterion) {
				move += this.m.cost.reach[a] + (spills ? this.m.cost.spillReach : 0);
			}
			if (move != 0) {
				int n = this.state.net[a * criteria + c] + (spills ? this.state.spill[c] : 0);
				double now = Scoring.score(n);
				sum += this.weights[c] * Math.max(Scoring.score(n + move) - now, now - Scoring.score(n - move));
			}
		}
		return sum;
	}

	/** An answer change that tips the recommendation, before it is turned into text. */
	record Candidate(int trait, int current, int alternative, String value, int recommended, int distance,
			double margin, int found) {

		/** Nearest first, then the clearest new lead, then wizard order. */
		static final Comparator<Candidate> ORDER = (x, y) -> {
			if (x.distance != y.distance) {
				return Integer.compare(x.distance, y.distance);
			}
			int byMargin = Double.compare(y.margin, x.margin);
			return (byMargin != 0) ? byMargin : Integer.compare(x.found, y.found);
		};

	}

}
