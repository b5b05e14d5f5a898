package io.archfit.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.RiskRule;
import io.archfit.catalogue.Step;
import io.archfit.catalogue.Trait;
import io.archfit.catalogue.TraitType;

/**
 * Scores the architectures of one catalogue against a set of answers.
 * <p>
 * How it scores, in short:
 * <ul>
 * <li><b>Net effect.</b> Every rule whose condition an answer meets adds its effect (−2 …
 * +2) to each architecture on each of its criteria.</li>
 * <li><b>Criterion score.</b> {@code 50 + 50·n / (|n| + 3)} for a net effect {@code n}:
 * 50 is neutral, a net effect of ±3 goes half-way to 100 or 0, and no pile of rules can
 * leave the scale.</li>
 * <li><b>Weights.</b> Each group's share is split evenly over its criteria; each priority
 * doubles its criterion's weight; then the weights are scaled to add up to 1. The overall
 * score is the weighted mean of the criterion scores.</li>
 * <li><b>Knock-outs</b> make an architecture not viable; it is still scored and ranked
 * after the viable ones.</li>
 * <li><b>Spill-over.</b> When the catalogue says so (serverless to hybrid), an
 * architecture knocked out only by limits that concern some parts of the work passes its
 * workload strengths to the architecture that can host those parts: each rule that
 * favours it over the other on a workload criterion lifts the other by 1 there.</li>
 * <li><b>Confidence</b> {@code = answered share × (0.5 + 0.5 · min(1, margin / 15))}: a
 * tie with every question answered is a coin toss (0.5); a margin of 15 points or more is
 * as sure as the answers allow.</li>
 * </ul>
 * The rules are compiled into arrays once; tipping points are found by swapping one
 * answer's contribution at a time, over only the criteria that answer moves, after
 * skipping the traits whose answers cannot move any score far enough to change the
 * leader. Instances are immutable, thread-safe and deterministic.
 */
public final class Evaluator {

	/**
	 * A net effect of this size moves a criterion score half-way to the end of the scale.
	 */
	public static final double HALF_SCALE_EFFECT = 3.0;

	/** A priority multiplies its criterion's weight by this before renormalising. */
	public static final double PRIORITY_FACTOR = 2.0;

	/** Margin (points) at which the margin part of the confidence is full. */
	public static final double CONFIDENT_MARGIN = 15.0;

	/**
	 * Overall scores of the two leading viable architectures this close are a close call.
	 */
	public static final double CLOSE_CALL_MARGIN = 3.0;

	/** Confidence from which it reads as high … */
	public static final double HIGH_CONFIDENCE = 0.70;

	/** … and as medium (below: low). */
	public static final double MEDIUM_CONFIDENCE = 0.40;

	/** Criteria whose two scores lie at most this far apart are similar. */
	public static final double SIMILAR_GAP = 10.0;

	/** Viable architectures this close to the first also count as leading (for risks). */
	public static final double LEADING_GAP = 5.0;

	/** Overall scores closer than this are a tie, broken by catalogue order. */
	static final double TIE = 1e-9;

	private static final int SCORE_OFFSET = 128;

	static final int ROLE_NONE = 0;

	static final int ROLE_VOLUME = 1;

	static final int ROLE_DURATION = 2;

	static final int ROLE_MEMORY = 3;

	static final int ROLE_TASK = 4;

	/** Points a decade when looking for a number that reaches another band. */
	private static final int SEARCH_STEPS_PER_DECADE = 32;

	/**
	 * {@link #computeScore(int)} for net effects −128 … +128, looked up instead of
	 * divided.
	 */
	private static final double[] SCORES = new double[2 * SCORE_OFFSET + 1];

	/** The same scores rounded to one decimal as shown, boxed once. */
	private static final Double[] SHOWN_SCORES = new Double[SCORES.length];

	static {
		for (int i = 0; i < SCORES.length; i++) {
			SCORES[i] = computeScore(i - SCORE_OFFSET);
			SHOWN_SCORES[i] = round1(SCORES[i]);
		}
	}

	private final Catalogue catalogue;

	private static final CostModel COST_MODEL = new CostModel();

	private final Model model;

	private final CostAssumptions defaultAssumptions;

	public Evaluator(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.model = new Model(catalogue);
		this.defaultAssumptions = defaultAssumptions(catalogue);
	}

	/**
	 * The catalogue's dated price defaults as assumptions (the built-in defaults where it
	 * has none or they do not parse).
	 */
	public static CostAssumptions defaultAssumptions(Catalogue catalogue) {
		try {
			return CostAssumptions.fromMap(catalogue.pricingDefaults());
		}
		catch (InvalidAssumptionsException ex) {
			return CostAssumptions.defaults();
		}
	}

	/** The price defaults used when an evaluation is given no assumptions. */
	public CostAssumptions defaultAssumptions() {
		return this.defaultAssumptions;
	}

	public Catalogue catalogue() {
		return this.catalogue;
	}

	/** Scores answers without priorities. */
	public Evaluation evaluate(Answers answers) {
		return evaluate(answers, List.of(), null);
	}

	/**
	 * Scores one set of answers.
	 * @param answers canonical answers (see {@link AnswerValidator})
	 * @param priorities criterion ids that matter most (may be null or empty)
	 * @param assumptions the cost model's prices and sizes (null: the catalogue's price
	 * defaults); they move the {@code cost} criterion through the break-even
	 * @return the full result with the cost estimate
	 * @throws IllegalArgumentException for an unknown trait, option, number or criterion
	 */
	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions) {
		return evaluate(answers, priorities, assumptions, true);
	}

	/**
	 * Scores one set of answers, optionally without looking for tipping points (for lists
	 * and live previews that show only the ranking).
	 * @param answers canonical answers (see {@link AnswerValidator})
	 * @param priorities criterion ids that matter most (may be null or empty)
	 * @param assumptions the cost model's prices and sizes (null: the catalogue's price
	 * defaults); they move the {@code cost} criterion through the break-even
	 * @param withTippingPoints false to leave {@link Evaluation#tippingPoints()} empty
	 * @return the result with the cost estimate
	 * @throws IllegalArgumentException for an unknown trait, option, number or criterion
	 */
	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions,
			boolean withTippingPoints) {
		Model m = this.model;
		String[] values = new String[m.traits.length];
		int[] slots = m.slots(answers, values);
		double[] weights = m.weights(priorities);
		CostContext cost = m.costContext(answers, (assumptions != null) ? assumptions : this.defaultAssumptions);
		State state = m.state(slots, weights, cost.band);
		int recommended = state.best;
		int second = state.second;
		List<RankedArchitecture> ranking = ranking(state, slots, values);
		Double[] rounded = m.roundedScores(state);
		int[][] effects = new int[m.criterionCount][];
		List<CriterionResult> criteria = criteria(state, slots, values, weights, priorities, rounded, effects);
		Comparison comparison = (second >= 0) ? compare(criteria, rounded, recommended, second, effects) : null;
		double margin = (second >= 0) ? state.overall[recommended] - state.overall[second] : 100.0;
		List<String> unanswered = m.unanswered(slots);
		double confidence = round2((1.0 - (double) unanswered.size() / m.scoredTraitCount)
				* (0.5 + 0.5 * Math.min(1.0, margin / CONFIDENT_MARGIN)));
		List<Risk> risks = risks(state, values);
		CostEstimate estimate = COST_MODEL.estimate(cost.inputs, cost.assumptions);
		cost.breakEven = estimate.breakEvenRequestsPerMonth();
		List<TippingPoint> tippingPoints = withTippingPoints ? m.tippingPoints(state, slots, weights, values, cost)
				: List.of();
		ConfidenceLevel level = (confidence >= HIGH_CONFIDENCE) ? ConfidenceLevel.HIGH
				: (confidence >= MEDIUM_CONFIDENCE) ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW;
		boolean closeCall = second >= 0 && margin < CLOSE_CALL_MARGIN;
		return new Evaluation(this.catalogue.version(), m.architectures[recommended], confidence, level, closeCall,
				ranking, criteria, comparison, risks, tippingPoints, unanswered, estimate);
	}

	/**
	 * Where two architectures are alike and where they part, from an evaluation's
	 * criterion results: similar criteria are at most {@value #SIMILAR_GAP} points apart
	 * and moved by at least one rule; the others are differences, largest gap first.
	 * @param evaluation an evaluation of this catalogue
	 * @param first an architecture id
	 * @param second another architecture id
	 * @return the comparison of the two
	 */
	public Comparison compare(Evaluation evaluation, String first, String second) {
		if (!this.model.architectureIndex.containsKey(first) || !this.model.architectureIndex.containsKey(second)) {
			throw new IllegalArgumentException("Unknown architecture '" + first + "' or '" + second + "'");
		}
		List<CriterionResult> criteria = evaluation.criteria();
		int count = criteria.size();
		double[] firstScores = new double[count];
		double[] secondScores = new double[count];
		int[][] effects = new int[count][];
		for (int c = 0; c < count; c++) {
			CriterionResult result = criteria.get(c);
			firstScores[c] = result.scores().get(first);
			secondScores[c] = result.scores().get(second);
			List<Reason> reasons = result.reasons();
			int[] pairs = new int[2 * reasons.size()];
			for (int k = 0; k < reasons.size(); k++) {
				pairs[2 * k] = reasons.get(k).effects().getOrDefault(first, 0);
				pairs[2 * k + 1] = reasons.get(k).effects().getOrDefault(second, 0);
			}
			effects[c] = pairs;
		}
		return compare(criteria, first, second, firstScores, secondScores, effects);
	}

	/** The comparison of the recommended architecture and the runner-up. */
	private Comparison compare(List<CriterionResult> criteria, Double[] rounded, int first, int second,
			int[][] effects) {
		int count = criteria.size();
		double[] firstScores = new double[count];
		double[] secondScores = new double[count];
		for (int c = 0; c < count; c++) {
			firstScores[c] = rounded[first * count + c];
			secondScores[c] = rounded[second * count + c];
		}
		return compare(criteria, this.model.architectures[first], this.model.architectures[second], firstScores,
				secondScores, effects);
	}

	/**
	 * The comparison, from each criterion's two scores and each reason's effects on the
	 * two ({@code effects[c][2k]} on the first, {@code effects[c][2k + 1]} on the second
	 * for reason k of criterion c).
	 */
	private static Comparison compare(List<CriterionResult> criteria, String first, String second, double[] firstScores,
			double[] secondScores, int[][] effects) {
		List<Integer> similar = new ArrayList<>();
		List<CriterionGap> differences = new ArrayList<>();
		for (int c = 0; c < criteria.size(); c++) {
			CriterionResult result = criteria.get(c);
			double a = firstScores[c];
			double b = secondScores[c];
			int[] pairs = effects[c];
			if (Math.abs(a - b) <= SIMILAR_GAP) {
				for (int k = 0; k < pairs.length; k += 2) {
					if (pairs[k] != 0 || pairs[k + 1] != 0) {
						similar.add(c);
						break;
					}
				}
			}
			else {
				List<Reason> apart = new ArrayList<>();
				for (int k = 0; k < pairs.length; k += 2) {
					if (pairs[k] != pairs[k + 1]) {
						apart.add(result.reasons().get(k / 2));
					}
				}
				differences.add(new CriterionGap(result.criterion(), a, b, apart));
			}
		}
		similar.sort((x, y) -> {
			int byWeight = Double.compare(criteria.get(y).weight(), criteria.get(x).weight());
			return (byWeight != 0) ? byWeight : Double.compare(Math.abs(firstScores[x] - secondScores[x]),
					Math.abs(firstScores[y] - secondScores[y]));
		});
		differences.sort((x, y) -> Double.compare(y.gap(), x.gap()));
		List<CriterionGap> similarities = new ArrayList<>(similar.size());
		for (int c : similar) {
			CriterionResult result = criteria.get(c);
			int[] pairs = effects[c];
			List<Reason> together = new ArrayList<>();
			for (int k = 0; k < pairs.length; k += 2) {
				if (pairs[k] != 0 || pairs[k + 1] != 0) {
					together.add(result.reasons().get(k / 2));
				}
			}
			similarities.add(new CriterionGap(result.criterion(), firstScores[c], secondScores[c], together));
		}
		return new Comparison(first, second, similarities, differences);
	}

	private List<RankedArchitecture> ranking(State state, int[] slots, String[] values) {
		Model m = this.model;
		List<RankedArchitecture> ranking = new ArrayList<>(m.architectureCount);
		for (int a : state.order) {
			List<Blocker> blockers = new ArrayList<>();
			if (state.koCount[a] > 0) {
				for (int k = 0; k < m.knockOuts.length; k++) {
					Model.CompiledKnockOut ko = m.knockOuts[k];
					if (ko.architecture == a && slots[ko.trait] >= 0 && ko.firesAt[slots[ko.trait]]) {
						blockers.add(new Blocker(ko.id, m.traits[ko.trait].trait.id(), values[ko.trait]));
					}
				}
			}
			ranking.add(
					new RankedArchitecture(m.architectures[a], round1(state.overall[a]), blockers.isEmpty(), blockers));
		}
		return ranking;
	}

	/**
	 * The criterion results; also fills {@code effects} with each reason's effects on the
	 * recommended architecture and the runner-up, for the comparison.
	 */
	private List<CriterionResult> criteria(State state, int[] slots, String[] values, double[] weights,
			List<String> priorities, Double[] rounded, int[][] effects) {
		Model m = this.model;
		int first = state.best;
		int second = (state.second >= 0) ? state.second : state.best;
		int spillFirst = (first == m.spillTo) ? 1 : 0;
		int spillSecond = (second == m.spillTo) ? 1 : 0;
		boolean[] priority = m.priorityFlags(priorities);
		List<CriterionResult> results = new ArrayList<>(m.criterionCount);
		Reason[] reasonCache = new Reason[m.rules.length];
		List<Reason> reasons = new ArrayList<>();
		int[] pairs = new int[16];
		for (int c = 0; c < m.criterionCount; c++) {
			reasons.clear();
			int n = 0;
			for (int r : m.rulesOfCriterion[c]) {
				Model.CompiledRule rule = m.rules[r];
				int slot = slots[rule.trait];
				if (slot >= 0 && rule.firesAt[slot]) {
					if (reasonCache[r] == null) {
						reasonCache[r] = new Reason(rule.id, m.traits[rule.trait].trait.id(), values[rule.trait],
								rule.effects);
					}
					reasons.add(reasonCache[r]);
					pairs = pair(pairs, n++, rule.effectOf[first], rule.effectOf[second]);
				}
			}
			boolean costModel = c == m.costCriterion && state.band >= 0;
			if (costModel) {
				reasons.add(new Reason(CostCriterion.REASON_ID, CostCriterion.VOLUME, values[m.volumeTrait],
						m.bandReasonEffects.get(state.band)));
				pairs = pair(pairs, n++, m.bandEffects[state.band][first], m.bandEffects[state.band][second]);
			}
			if (state.spillActive) {
				if (m.spillCriteria[c]) {
					for (int r : m.rulesOfCriterion[c]) {
						Model.CompiledRule rule = m.rules[r];
						int slot = slots[rule.trait];
						if (slot >= 0 && rule.firesAt[slot] && rule.spills) {
							reasons.add(new Reason(m.spillId, m.traits[rule.trait].trait.id(), values[rule.trait],
									m.spillEffects));
							pairs = pair(pairs, n++, spillFirst, spillSecond);
						}
					}
				}
				if (costModel && m.bandSpills[state.band]) {
					reasons.add(new Reason(m.spillId, CostCriterion.VOLUME, values[m.volumeTrait], m.spillEffects));
					pairs = pair(pairs, n++, spillFirst, spillSecond);
				}
			}
			effects[c] = Arrays.copyOf(pairs, 2 * n);
			results.add(
					new CriterionResult(m.criteria[c], round4(weights[c]), priority[c], m.scores(rounded, c), reasons));
		}
		return results;
	}

	/** Stores reason k's effects on the two compared architectures, growing the array. */
	private static int[] pair(int[] pairs, int k, int onFirst, int onSecond) {
		int[] into = (2 * k + 1 < pairs.length) ? pairs : Arrays.copyOf(pairs, 2 * pairs.length + 2);
		into[2 * k] = onFirst;
		into[2 * k + 1] = onSecond;
		return into;
	}

	private List<Risk> risks(State state, String[] values) {
		Model m = this.model;
		int[] leading = new int[m.architectureCount];
		int leadingCount = 0;
		double top = state.overall[state.best];
		for (int a : state.order) {
			if (state.koCount[a] == 0 && top - state.overall[a] <= LEADING_GAP) {
				leading[leadingCount++] = a;
			}
		}
		List<Risk> risks = new ArrayList<>();
		for (Model.CompiledRisk rule : m.risks) {
			List<String> concerned = null;
			for (int i = 0; i < leadingCount; i++) {
				if (rule.concerns[leading[i]]) {
					if (concerned == null) {
						concerned = new ArrayList<>(leadingCount);
					}
					concerned.add(m.architectures[leading[i]]);
				}
			}
			if (concerned != null && rule.holds(values)) {
				risks.add(new Risk(rule.id, concerned, rule.triggeredBy));
			}
		}
		return risks;
	}

	static double round1(double value) {
		return Math.round(value * 10.0) / 10.0;
	}

	static double round2(double value) {
		return Math.round(value * 100.0) / 100.0;
	}

	static double round4(double value) {
		return Math.round(value * 10000.0) / 10000.0;
	}

	/**
	 * Whether architecture {@code a} ranks before {@code b}: a higher overall score, or
	 * on a tie (within rounding noise) the one listed first in the catalogue.
	 */
	static boolean ahead(double[] overall, int a, int b) {
		double difference = overall[a] - overall[b];
		if (Math.abs(difference) <= TIE) {
			return a < b;
		}
		return difference > 0;
	}

	/**
	 * The architectures in ranking order: viable ones first, then by overall score (see
	 * {@link #ahead}).
	 * @param overall overall score per architecture
	 * @param koCount knock-outs per architecture
	 * @return architecture indexes, best first
	 */
	static int[] rank(double[] overall, int[] koCount) {
		Integer[] boxed = new Integer[overall.length];
		Arrays.setAll(boxed, (a) -> a);
		Arrays.sort(boxed, (x, y) -> compareRank(overall, koCount, x, y));
		return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
	}

	/** The ranking order of two architectures: negative when x ranks first. */
	static int compareRank(double[] overall, int[] koCount, int x, int y) {
		if (x == y) {
			return 0;
		}
		boolean vx = koCount[x] == 0;
		boolean vy = koCount[y] == 0;
		if (vx != vy) {
			return vx ? -1 : 1;
		}
		return ahead(overall, x, y) ? -1 : 1;
	}

	/** Criterion score for a net effect. */
	static double score(int netEffect) {
		int index = netEffect + SCORE_OFFSET;
		if (index >= 0 && index < SCORES.length) {
			return SCORES[index];
		}
		return computeScore(netEffect);
	}

	private static double computeScore(int netEffect) {
		return 50.0 + 50.0 * netEffect / (Math.abs(netEffect) + HALF_SCALE_EFFECT);
	}

	/**
	 * The scores of one set of answers: net effects, knock-outs, overall scores and the
	 * ranking.
	 */
	static final class State {

		final Model model;

		final int[] net;

		final int[] spill;

		final int[] koCount;

		final int[] koHard;

		final boolean spillActive;

		final double[] overall;

		final int[] order;

		final int best;

		final int second;

		/** The cost model's band of the volume, or -1 when it has no effect. */
		final int band;

		State(Model model, int[] net, int[] spill, int[] koCount, int[] koHard, double[] weights, int band) {
			this.model = model;
			this.band = band;
			this.net = net;
			this.spill = spill;
			this.koCount = koCount;
			this.koHard = koHard;
			this.spillActive = model.spillActive(koCount, koHard);
			this.overall = new double[model.architectureCount];
			for (int a = 0; a < model.architectureCount; a++) {
				double sum = 0;
				for (int c = 0; c < model.criterionCount; c++) {
					sum += weights[c] * score(a, c);
				}
				this.overall[a] = sum;
			}
			this.order = rank(this.overall, koCount);
			this.best = this.order[0];
			this.second = (this.order.length > 1 && koCount[this.order[1]] == 0) ? this.order[1] : -1;
		}

		double score(int a, int c) {
			return Evaluator.score(netEffect(a, c));
		}

		/** The net effect on a criterion score, spill-over included. */
		int netEffect(int a, int c) {
			int n = this.net[a * this.model.criterionCount + c];
			if (this.spillActive && a == this.model.spillTo) {
				n += this.spill[c];
			}
			return n;
		}

	}

	/**
	 * The cost model's view of one evaluation: the workload, the prices and the band of
	 * the volume; and the band after changing one of its inputs.
	 */
	static final class CostContext {

		final CostAssumptions assumptions;

		final CostInputs inputs;

		/** The band, or -1 when the volume is unanswered (no effect). */
		final int band;

		final boolean volumeAnswered;

		final boolean durationAnswered;

		final String taskDuration;

		/** The break-even volume, or null when the costs do not cross. */
		Double breakEven;

		/** Samples per cost input and slot, taken when first needed. */
		private final Map<Integer, Samples> samples = new HashMap<>();

		CostContext(CostAssumptions assumptions, CostInputs inputs, int band, boolean volumeAnswered,
				boolean durationAnswered, String taskDuration) {
			this.assumptions = assumptions;
			this.inputs = inputs;
			this.band = band;
			this.volumeAnswered = volumeAnswered;
			this.durationAnswered = durationAnswered;
			this.taskDuration = taskDuration;
		}

		/** The band after answering a cost input differently (null: not sure). */
		int bandWith(int role, String value) {
			if (role == ROLE_VOLUME) {
				return (value != null) ? bandAt(role, Double.parseDouble(value)) : -1;
			}
			if (!this.volumeAnswered) {
				return -1;
			}
			return switch (role) {
				case ROLE_DURATION -> bandAt(role, (value != null) ? Double.parseDouble(value) : -1);
				case ROLE_MEMORY -> bandAt(role, (value != null) ? Double.parseDouble(value) : -1);
				case ROLE_TASK -> this.durationAnswered ? this.band
						: CostCriterion.band(withDuration(CostInputs.durationFrom(value)), this.assumptions);
				default -> this.band;
			};
		}

		/** The band with a numeric cost input set to a value (negative: its default). */
		int bandAt(int role, double value) {
			CostInputs changed = switch (role) {
				case ROLE_VOLUME -> this.inputs.withRequestsPerMonth(Math.max(0, value));
				case ROLE_DURATION -> withDuration((value >= 0) ? value : CostInputs.durationFrom(this.taskDuration));
				case ROLE_MEMORY -> new CostInputs(this.inputs.requestsPerMonth(), this.inputs.avgDurationMs(),
						(value >= 0) ? value : CostInputs.DEFAULT_MEMORY_MB, this.inputs.peakToAverage(),
						this.inputs.servicesCount());
				default -> this.inputs;
			};
			return CostCriterion.band(changed, this.assumptions);
		}

		private CostInputs withDuration(double durationMs) {
			return new CostInputs(this.inputs.requestsPerMonth(), durationMs, this.inputs.memoryMb(),
					this.inputs.peakToAverage(), this.inputs.servicesCount());
		}

		/**
		 * The value of a numeric cost input nearest to {@code current} that lies in a
		 * rule slot and reaches a band, as answer text; null when none does. For the
		 * volume the band edges follow from the break-even; otherwise (and when the costs
		 * cross more than once) the slot is sampled on a log scale
		 * ({@value #SEARCH_STEPS_PER_DECADE} points a decade, more where bands are
		 * skipped between two points) and the step next to the nearest hit is narrowed by
		 * bisection.
		 */
		String nearest(int role, CompiledTrait trait, int slot, int band, double current) {
			boolean integer = trait.trait.type() == TraitType.INTEGER;
			double low = (slot == 0) ? trait.trait.min() : trait.thresholds[slot - 1];
			boolean last = slot == trait.slotCount - 1;
			double high = last ? trait.trait.max() : trait.thresholds[slot];
			if (!last) {
				high = integer ? Math.ceil(high) - 1 : Math.nextDown(high);
			}
			if (integer) {
				low = Math.ceil(low);
			}
			if (high < low) {
				return null;
			}
			if (role == ROLE_VOLUME && integer && this.breakEven != null) {
				String edge = volumeAtEdge(band,
						Double.isNaN(current) ? CostInputs.DEFAULT_REQUESTS_PER_MONTH : current, low, high);
				if (edge != null) {
					return edge;
				}
			}
			Samples samples = this.samples.computeIfAbsent(role * 1000 + slot,
					(key) -> sample(role, integer, low(trait, slot, integer), high(trait, slot, integer)));
			double[] xs = samples.xs;
			int[] bands = samples.bands;
			int bestIndex = -1;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int i = 0; i < xs.length; i++) {
				if (bands[i] == band) {
					double distance = Double.isNaN(current) ? i : logDistance(xs[i], current);
					if (distance < bestDistance) {
						bestDistance = distance;
						bestIndex = i;
					}
				}
			}
			if (bestIndex < 0) {
				return null;
			}
			double hit = xs[bestIndex];
			int towards = Double.isNaN(current) ? -1 : (current > hit) ? 1 : -1;
			int next = bestIndex + towards;
			if (!Double.isNaN(current) && next >= 0 && next < xs.length && bands[next] != band) {
				double away = xs[next];
				for (int i = 0; i < 64 && (!integer || Math.abs(hit - away) > 1); i++) {
					double middle = integer ? Math.floor((hit + away) / 2) : (hit + away) / 2;
					if (bandAt(role, middle) == band) {
						hit = middle;
					}
					else {
						away = middle;
					}
				}
			}
			String text = trait.number(hit);
			double back = Double.parseDouble(text);
			return (back >= low && back <= high && bandAt(role, back) == band) ? text : null;
		}

		private static double low(CompiledTrait trait, int slot, boolean integer) {
			double low = (slot == 0) ? trait.trait.min() : trait.thresholds[slot - 1];
			return integer ? Math.ceil(low) : low;
		}

		private static double high(CompiledTrait trait, int slot, boolean integer) {
			if (slot == trait.slotCount - 1) {
				return trait.trait.max();
			}
			double high = trait.thresholds[slot];
			return integer ? Math.ceil(high) - 1 : Math.nextDown(high);
		}

		/**
		 * The whole volume nearest to {@code current} in a band, from the break-even
		 * (exact when the costs cross once); null when the check fails.
		 */
		private String volumeAtEdge(int band, double current, double low, double high) {
			double from = (band > 0) ? this.breakEven * CostCriterion.EDGES[band - 1] : low;
			double to = (band < CostCriterion.EDGES.length) ? this.breakEven * CostCriterion.EDGES[band] : high;
			double target = Math.min(Math.max(current, from), to);
			double start = Math.max(low, Math.min(high, Math.rint(target)));
			for (int step = 0; step <= 3; step++) {
				for (double candidate : new double[] { start + step, start - step }) {
					if (candidate >= low && candidate <= high && bandAt(ROLE_VOLUME, candidate) == band) {
						boolean nearest = candidate == current
								|| bandAt(ROLE_VOLUME, candidate + Math.signum(current - candidate)) != band;
						return nearest ? Long.toString((long) candidate) : null;
					}
				}
			}
			return null;
		}

		private Samples sample(int role, boolean integer, double low, double high) {
			java.util.TreeMap<Double, Integer> samples = new java.util.TreeMap<>();
			samples.put(low, bandAt(role, low));
			double start = Math.max(low, 1);
			double factor = Math.pow(10, 1.0 / SEARCH_STEPS_PER_DECADE);
			for (double x = start; x < high; x *= factor) {
				double point = integer ? Math.rint(x) : x;
				if (point > low && point < high) {
					samples.computeIfAbsent(point, (key) -> bandAt(role, key));
				}
			}
			samples.computeIfAbsent(high, (key) -> bandAt(role, key));
			// bands skipped between two samples lie in between: look for them
			List<Map.Entry<Double, Integer>> coarse = new ArrayList<>(samples.entrySet());
			for (int i = 1; i < coarse.size(); i++) {
				refine(role, integer, coarse.get(i - 1).getKey(), coarse.get(i - 1).getValue(), coarse.get(i).getKey(),
						coarse.get(i).getValue(), samples, 0);
			}
			double[] xs = new double[samples.size()];
			int[] bands = new int[samples.size()];
			int k = 0;
			for (Map.Entry<Double, Integer> sample : samples.entrySet()) {
				xs[k] = sample.getKey();
				bands[k++] = sample.getValue();
			}
			return new Samples(xs, bands);
		}

		/** Sampled values of a cost input and their bands, by increasing value. */
		private record Samples(double[] xs, int[] bands) {
		}

		private void refine(int role, boolean integer, double lo, int loBand, double hi, int hiBand,
				java.util.TreeMap<Double, Integer> samples, int depth) {
			if (Math.abs(loBand - hiBand) <= 1 || depth > 60 || (integer && hi - lo <= 1)) {
				return;
			}
			double middle = integer ? Math.floor((lo + hi) / 2) : (lo + hi) / 2;
			int middleBand = bandAt(role, middle);
			samples.put(middle, middleBand);
			refine(role, integer, lo, loBand, middle, middleBand, samples, depth + 1);
			refine(role, integer, middle, middleBand, hi, hiBand, samples, depth + 1);
		}

		private static double logDistance(double a, double b) {
			return Math.abs(Math.log1p(Math.max(a, 0)) - Math.log1p(Math.max(b, 0)));
		}

	}

	/** The catalogue compiled into arrays. */
	static final class Model {

		final String[] architectures;

		final Map<String, Integer> architectureIndex = new HashMap<>();

		final int architectureCount;

		final String[] criteria;

		final Map<String, Integer> criterionIndex = new HashMap<>();

		final int criterionCount;

		final double[] groupShare;

		final CompiledTrait[] traits;

		final Map<String, Integer> traitIndex = new HashMap<>();

		/** Trait indexes in wizard order. */
		final int[] wizardOrder;

		final int scoredTraitCount;

		final CompiledRule[] rules;

		final int[][] rulesOfCriterion;

		final CompiledKnockOut[] knockOuts;

		final String spillId;

		final int spillFrom;

		final int spillTo;

		final boolean[] spillCriteria;

		/** The criterion the cost model moves, or -1 when the catalogue has none. */
		final int costCriterion;

		/**
		 * Per trait: how it moves the cost model's band (one of the {@code ROLE_}
		 * values).
		 */
		final int[] costRole;

		/** Effects per band and architecture. */
		final int[][] bandEffects;

		/** The non-zero effects per band, by architecture id, for reasons. */
		final List<Map<String, Integer>> bandReasonEffects;

		/** Whether a band passes its lead of functions over hybrid on (spill-over). */
		final boolean[] bandSpills;

		/**
		 * Per architecture: the most a change of band (or of having one) moves its cost
		 * criterion.
		 */
		final int[] bandReach;

		/** Per trait: the criteria it moves plus the cost criterion. */
		final int[][] touchedWithCost;

		/** The effects of a spill-over reason: +1 for the architecture it goes to. */
		final Map<String, Integer> spillEffects;

		/** The index of the volume trait, or -1. */
		final int volumeTrait;

		final CompiledRisk[] risks;

		Model(Catalogue catalogue) {
			this.architectures = catalogue.architectures().toArray(String[]::new);
			this.architectureCount = this.architectures.length;
			for (int a = 0; a < this.architectureCount; a++) {
				this.architectureIndex.put(this.architectures[a], a);
			}
			List<Criterion> criterionList = catalogue.criteria();
			this.criterionCount = criterionList.size();
			this.criteria = new String[this.criterionCount];
			this.groupShare = new double[this.criterionCount];
			for (int c = 0; c < this.criterionCount; c++) {
				Criterion criterion = criterionList.get(c);
				this.criteria[c] = criterion.id();
				this.criterionIndex.put(criterion.id(), c);
				int inGroup = catalogue.criteriaOf(criterion.group()).size();
				this.groupShare[c] = catalogue.groupWeights().getOrDefault(criterion.group(), 0.0) / inGroup;
			}
			List<Trait> traitList = catalogue.traits();
			this.traits = new CompiledTrait[traitList.size()];
			for (int t = 0; t < this.traits.length; t++) {
				this.traitIndex.put(traitList.get(t).id(), t);
			}
			List<Integer> wizard = new ArrayList<>();
			for (Step step : catalogue.steps()) {
				step.traitIds().forEach((id) -> wizard.add(this.traitIndex.get(id)));
			}
			this.wizardOrder = wizard.stream().mapToInt(Integer::intValue).toArray();
			this.scoredTraitCount = (int) traitList.stream().filter((trait) -> !trait.costInput()).count();

			var spillover = catalogue.spillover().orElse(null);
			this.spillId = (spillover != null) ? spillover.id() : null;
			this.spillFrom = (spillover != null) ? this.architectureIndex.get(spillover.from()) : -1;
			this.spillTo = (spillover != null) ? this.architectureIndex.get(spillover.to()) : -1;
			this.spillEffects = (spillover != null) ? Map.of(spillover.to(), 1) : Map.of();
			this.spillCriteria = new boolean[this.criterionCount];
			if (spillover != null) {
				for (int c = 0; c < this.criterionCount; c++) {
					this.spillCriteria[c] = spillover.groups().contains(criterionList.get(c).group());
				}
			}

			// thresholds per numeric trait, from rules and knock-outs
			Map<Integer, Set<Double>> thresholds = new HashMap<>();
			List<Condition> conditions = new ArrayList<>();
			catalogue.rules().forEach((rule) -> conditions.add(rule.when()));
			catalogue.knockOuts().forEach((ko) -> conditions.add(ko.when()));
			for (Condition condition : conditions) {
				Set<Double> set = thresholds.computeIfAbsent(this.traitIndex.get(condition.trait()),
						(key) -> new TreeSet<>());
				if (condition.atLeast() != null) {
					set.add(condition.atLeast());
				}
				if (condition.below() != null) {
					set.add(condition.below());
				}
			}
			for (int t = 0; t < this.traits.length; t++) {
				Set<Double> set = thresholds.getOrDefault(t, Set.of());
				this.traits[t] = new CompiledTrait(traitList.get(t),
						set.stream().mapToDouble(Double::doubleValue).sorted().toArray(), this.architectureCount,
						this.criterionCount);
			}

			this.rules = new CompiledRule[catalogue.rules().size()];
			List<List<Integer>> byCriterion = new ArrayList<>();
			for (int c = 0; c < this.criterionCount; c++) {
				byCriterion.add(new ArrayList<>());
			}
			for (int r = 0; r < this.rules.length; r++) {
				var rule = catalogue.rules().get(r);
				int t = this.traitIndex.get(rule.when().trait());
				CompiledTrait trait = this.traits[t];
				boolean[] firesAt = trait.firesAt(rule.when());
				int[] ruleCriteria = rule.criteria().stream().mapToInt(this.criterionIndex::get).toArray();
				int fromEffect = (this.spillFrom >= 0)
						? rule.effects().getOrDefault(this.architectures[this.spillFrom], 0) : 0;
				int toEffect = (this.spillTo >= 0) ? rule.effects().getOrDefault(this.architectures[this.spillTo], 0)
						: 0;
				boolean spills = this.spillFrom >= 0 && fromEffect >= 1 && fromEffect > toEffect;
				Map<String, Integer> nonZero = new LinkedHashMap<>();
				rule.effects().forEach((architecture, effect) -> {
					if (effect != 0) {
						nonZero.put(architecture, effect);
					}
				});
				int[] effectOf = new int[this.architectureCount];
				nonZero.forEach((architecture, effect) -> effectOf[this.architectureIndex.get(architecture)] = effect);
				this.rules[r] = new CompiledRule(rule.id(), t, firesAt, ruleCriteria, spills, Map.copyOf(nonZero),
						effectOf);
				for (int s = 0; s < trait.slotCount; s++) {
					if (!firesAt[s]) {
						continue;
					}
					for (Map.Entry<String, Integer> effect : rule.effects().entrySet()) {
						int a = this.architectureIndex.get(effect.getKey());
						for (int c : ruleCriteria) {
							trait.effects[s][a * this.criterionCount + c] += effect.getValue();
						}
					}
					if (spills) {
						for (int c : ruleCriteria) {
							if (this.spillCriteria[c]) {
								trait.spill[s][c] += 1;
							}
						}
					}
				}
				for (int c : ruleCriteria) {
					byCriterion.get(c).add(r);
				}
			}
			this.rulesOfCriterion = byCriterion.stream()
				.map((list) -> list.stream().mapToInt(Integer::intValue).toArray())
				.toArray(int[][]::new);

			this.knockOuts = new CompiledKnockOut[catalogue.knockOuts().size()];
			for (int k = 0; k < this.knockOuts.length; k++) {
				var ko = catalogue.knockOuts().get(k);
				int t = this.traitIndex.get(ko.when().trait());
				CompiledTrait trait = this.traits[t];
				boolean[] firesAt = trait.firesAt(ko.when());
				int a = this.architectureIndex.get(ko.architecture());
				boolean hard = spillover == null || !spillover.knockOuts().contains(ko.id());
				this.knockOuts[k] = new CompiledKnockOut(ko.id(), t, a, firesAt);
				for (int s = 0; s < trait.slotCount; s++) {
					if (firesAt[s]) {
						trait.koCount[s][a]++;
						if (hard) {
							trait.koHard[s][a]++;
						}
					}
				}
			}
			for (CompiledTrait trait : this.traits) {
				trait.finish(this.criterionCount, this.architectureCount);
			}

			// the cost model's part of the cost criterion
			Integer cost = this.criterionIndex.get(CostCriterion.CRITERION);
			boolean costModel = cost != null && this.traitIndex.containsKey(CostCriterion.VOLUME)
					&& this.architectureIndex.containsKey("serverless")
					&& this.architectureIndex.containsKey("monolith");
			this.costCriterion = costModel ? cost : -1;
			this.costRole = new int[this.traits.length];
			if (costModel) {
				role(CostCriterion.VOLUME, ROLE_VOLUME);
				role(CostCriterion.DURATION, ROLE_DURATION);
				role(CostCriterion.MEMORY, ROLE_MEMORY);
				role(CostCriterion.TASK, ROLE_TASK);
			}
			this.bandEffects = new int[CostCriterion.BANDS][this.architectureCount];
			this.bandSpills = new boolean[CostCriterion.BANDS];
			List<Map<String, Integer>> reasonEffects = new ArrayList<>();
			for (int band = 0; band < CostCriterion.BANDS; band++) {
				Map<String, Integer> effects = new LinkedHashMap<>();
				for (Map.Entry<String, Integer> effect : CostCriterion.EFFECTS.get(band).entrySet()) {
					Integer a = this.architectureIndex.get(effect.getKey());
					if (a != null && effect.getValue() != 0) {
						this.bandEffects[band][a] = effect.getValue();
						effects.put(effect.getKey(), effect.getValue());
					}
				}
				reasonEffects.add(Map.copyOf(effects));
				if (costModel && this.spillFrom >= 0 && this.spillCriteria[cost]) {
					int from = this.bandEffects[band][this.spillFrom];
					this.bandSpills[band] = from >= 1 && from > this.bandEffects[band][this.spillTo];
				}
			}
			this.bandReasonEffects = List.copyOf(reasonEffects);
			this.bandReach = new int[this.architectureCount];
			for (int a = 0; a < this.architectureCount; a++) {
				int low = 0;
				int high = 0;
				for (int band = 0; band < CostCriterion.BANDS; band++) {
					low = Math.min(low, this.bandEffects[band][a]);
					high = Math.max(high, this.bandEffects[band][a]);
				}
				this.bandReach[a] = high - low;
			}
			this.touchedWithCost = new int[this.traits.length][];
			for (int t = 0; t < this.traits.length; t++) {
				int[] touched = this.traits[t].touched;
				boolean has = !costModel || Arrays.stream(touched).anyMatch((c) -> c == cost);
				int[] with = has ? touched : Arrays.copyOf(touched, touched.length + 1);
				if (!has) {
					with[touched.length] = cost;
				}
				this.touchedWithCost[t] = with;
			}
			this.volumeTrait = this.traitIndex.getOrDefault(CostCriterion.VOLUME, -1);
			this.risks = new CompiledRisk[catalogue.risks().size()];
			for (int k = 0; k < this.risks.length; k++) {
				RiskRule risk = catalogue.risks().get(k);
				boolean[] concerns = new boolean[this.architectureCount];
				for (int a = 0; a < this.architectureCount; a++) {
					concerns[a] = risk.architectures().contains(this.architectures[a]);
				}
				Condition[] when = risk.when().toArray(Condition[]::new);
				int[] traits = new int[when.length];
				Set<String> triggeredBy = new LinkedHashSet<>();
				for (int i = 0; i < when.length; i++) {
					traits[i] = this.traitIndex.getOrDefault(when[i].trait(), -1);
					triggeredBy.add(when[i].trait());
				}
				this.risks[k] = new CompiledRisk(risk.id(), concerns, traits, when, List.copyOf(triggeredBy));
			}
			for (CompiledTrait trait : this.traits) {
				trait.compileMoves(this.criterionCount, this.architectureCount, this.costCriterion, this.spillTo);
			}
		}

		private void role(String traitId, int role) {
			Integer t = this.traitIndex.get(traitId);
			if (t != null) {
				this.costRole[t] = role;
			}
		}

		CostContext costContext(Answers answers, CostAssumptions assumptions) {
			CostInputs inputs = CostInputs.from(answers, assumptions);
			boolean volumeAnswered = this.costCriterion >= 0 && answers.isAnswered(CostCriterion.VOLUME);
			int band = volumeAnswered ? CostCriterion.band(inputs, assumptions) : -1;
			return new CostContext(assumptions, inputs, band, volumeAnswered,
					answers.isAnswered(CostCriterion.DURATION), answers.get(CostCriterion.TASK));
		}

		boolean spillActive(int[] koCount, int[] koHard) {
			return this.spillFrom >= 0 && koCount[this.spillFrom] > 0 && koHard[this.spillFrom] == 0;
		}

		/**
		 * The answer slot of every trait (-1: unanswered); the answers by trait index go
		 * to {@code values}.
		 */
		int[] slots(Answers answers, String[] values) {
			int[] slots = new int[this.traits.length];
			Arrays.fill(slots, -1);
			answers.asMap().forEach((trait, value) -> {
				Integer t = this.traitIndex.get(trait);
				if (t == null) {
					throw new IllegalArgumentException("Unknown trait '" + trait + "'");
				}
				slots[t] = this.traits[t].slotOf(value);
				values[t] = value;
			});
			return slots;
		}

		/** Each criterion score rounded as shown, indexed architecture × criterion. */
		Double[] roundedScores(State state) {
			Double[] rounded = new Double[this.architectureCount * this.criterionCount];
			for (int a = 0; a < this.architectureCount; a++) {
				for (int c = 0; c < this.criterionCount; c++) {
					int index = state.netEffect(a, c) + SCORE_OFFSET;
					rounded[a * this.criterionCount + c] = (index >= 0 && index < SHOWN_SCORES.length)
							? SHOWN_SCORES[index] : round1(state.score(a, c));
				}
			}
			return rounded;
		}

		/** The scores of one criterion by architecture id, from the rounded scores. */
		Map<String, Double> scores(Double[] rounded, int c) {
			@SuppressWarnings("unchecked")
			Map.Entry<String, Double>[] scores = new Map.Entry[this.architectureCount];
			for (int a = 0; a < this.architectureCount; a++) {
				scores[a] = Map.entry(this.architectures[a], rounded[a * this.criterionCount + c]);
			}
			return Map.ofEntries(scores);
		}

		/** Which criteria are priorities. */
		boolean[] priorityFlags(List<String> priorities) {
			boolean[] flags = new boolean[this.criterionCount];
			if (priorities != null) {
				for (String priority : priorities) {
					Integer c = this.criterionIndex.get(priority);
					if (c != null) {
						flags[c] = true;
					}
				}
			}
			return flags;
		}

		double[] weights(List<String> priorities) {
			double[] weights = this.groupShare.clone();
			if (priorities != null) {
				boolean[] seen = new boolean[this.criterionCount];
				for (String priority : priorities) {
					Integer c = this.criterionIndex.get(priority);
					if (c == null) {
						throw new IllegalArgumentException("Unknown criterion '" + priority + "'");
					}
					if (!seen[c]) {
						seen[c] = true;
						weights[c] *= PRIORITY_FACTOR;
					}
				}
			}
			double sum = 0;
			for (double weight : weights) {
				sum += weight;
			}
			for (int c = 0; c < weights.length; c++) {
				weights[c] /= sum;
			}
			return weights;
		}

		State state(int[] slots, double[] weights, int band) {
			int size = this.architectureCount * this.criterionCount;
			int[] net = new int[size];
			int[] spill = new int[this.criterionCount];
			int[] koCount = new int[this.architectureCount];
			int[] koHard = new int[this.architectureCount];
			for (int t = 0; t < this.traits.length; t++) {
				int s = slots[t];
				CompiledTrait trait = this.traits[t];
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
					for (int a = 0; a < this.architectureCount; a++) {
						koCount[a] += trait.koCount[s][a];
						koHard[a] += trait.koHard[s][a];
					}
				}
			}
			if (band >= 0) {
				for (int a = 0; a < this.architectureCount; a++) {
					net[a * this.criterionCount + this.costCriterion] += this.bandEffects[band][a];
				}
				if (this.bandSpills[band]) {
					spill[this.costCriterion] += 1;
				}
			}
			return new State(this, net, spill, koCount, koHard, weights, band);
		}

		List<String> unanswered(int[] slots) {
			List<String> unanswered = new ArrayList<>();
			for (int t : this.wizardOrder) {
				if (!this.traits[t].trait.costInput() && slots[t] < 0) {
					unanswered.add(this.traits[t].trait.id());
				}
			}
			return unanswered;
		}

		/**
		 * Every single answer change that changes the recommendation, computed by
		 * swapping one trait's contribution at a time. A trait that moves the cost
		 * model's band (the volume, run time and memory) also swaps the band's effect on
		 * the cost criterion; for its numbers each pair of rule slot and band is one
		 * alternative, represented by the value nearest to the current answer.
		 */
		List<TippingPoint> tippingPoints(State state, int[] slots, double[] weights, String[] values,
				CostContext cost) {
			int A = this.architectureCount;
			int C = this.criterionCount;
			double[] contribution = new double[A * C];
			for (int a = 0; a < A; a++) {
				for (int c = 0; c < C; c++) {
					contribution[a * C + c] = weights[c] * state.score(a, c);
				}
			}
			Alternative scratch = new Alternative(A);
			List<Candidate> candidates = new ArrayList<>();
			for (int t : this.wizardOrder) {
				CompiledTrait trait = this.traits[t];
				int role = this.costRole[t];
				boolean bandMoves = role != ROLE_NONE && (role == ROLE_VOLUME || state.band >= 0);
				if (!trait.relevant && !bandMoves) {
					continue;
				}
				int current = slots[t];
				if (!trait.knocksOut && cannotTip(state, weights, t, current, bandMoves)) {
					continue;
				}
				if (!bandMoves || trait.trait.isChoice()) {
					for (int alternative = -1; alternative < trait.slotCount; alternative++) {
						int band = bandMoves
								? cost.bandWith(role, (alternative >= 0) ? trait.optionOrNull(alternative) : null)
								: state.band;
						if (alternative != current && scoreAlternative(state, weights, contribution, t, current,
								alternative, band, scratch)) {
							int distance = (current >= 0 && alternative >= 0) ? Math.abs(alternative - current) : 1;
							candidates.add(new Candidate(t, current, alternative, null, scratch.best, distance,
									scratch.margin, candidates.size()));
						}
					}
					continue;
				}
				String answer = values[t];
				double value = (answer != null) ? Double.parseDouble(answer) : Double.NaN;
				if (current >= 0) {
					int band = cost.bandWith(role, null);
					if (scoreAlternative(state, weights, contribution, t, current, -1, band, scratch)) {
						candidates.add(new Candidate(t, current, -1, null, scratch.best, 1, scratch.margin,
								candidates.size()));
					}
				}
				for (int alternative = 0; alternative < trait.slotCount; alternative++) {
					for (int band = 0; band < CostCriterion.BANDS; band++) {
						if (alternative == current && band == state.band) {
							continue;
						}
						if (!scoreAlternative(state, weights, contribution, t, current, alternative, band, scratch)) {
							continue;
						}
						String text = cost.nearest(role, trait, alternative, band, value);
						if (text != null) {
							int steps = (current >= 0) ? Math.abs(alternative - current) : 1;
							int distance = Math.max(1, steps + ((state.band >= 0) ? Math.abs(band - state.band) : 0));
							candidates.add(new Candidate(t, current, alternative, text, scratch.best, distance,
									scratch.margin, candidates.size()));
						}
					}
				}
			}
			candidates.sort(Candidate.ORDER);
			List<TippingPoint> points = new ArrayList<>(candidates.size());
			for (Candidate candidate : candidates) {
				CompiledTrait trait = this.traits[candidate.trait];
				String to = (candidate.value != null) ? candidate.value : (candidate.alternative >= 0)
						? trait.alternativeText(candidate.current, candidate.alternative) : null;
				points.add(new TippingPoint(trait.trait.id(), values[candidate.trait], to,
						this.architectures[candidate.recommended], candidate.distance));
			}
			return points;
		}

		/**
		 * Whether no other answer of a trait can change the recommendation, judged from
		 * the most each answer can move each criterion score: when the leader stays more
		 * than {@value #TIP_MARGIN} points ahead of every other viable architecture even
		 * if all those moves went against it, scoring the alternatives one by one could
		 * only confirm it. Only for traits without knock-outs.
		 * @param bandMoves whether the trait's answers also move the cost model's band
		 */
		private boolean cannotTip(State state, double[] weights, int t, int current, boolean bandMoves) {
			int best = state.best;
			double bestReach = reach(state, weights, t, current, bandMoves, best);
			// the closest first
			for (int a : state.order) {
				if (a == best || state.koCount[a] > 0) {
					continue;
				}
				double gap = state.overall[best] - state.overall[a];
				if (!(gap - bestReach - reach(state, weights, t, current, bandMoves, a) > TIP_MARGIN)) {
					return false;
				}
			}
			return true;
		}

		/**
		 * The most another answer of a trait can move one architecture's overall score:
		 * each criterion score moves at most as far as the largest change of its net
		 * effect takes it, up or down (scores rise with the net effect). A change of the
		 * cost model's band moves the cost criterion by at most the spread of the band
		 * effects, and the spill-over there by at most 1.
		 */
		private double reach(State state, double[] weights, int t, int current, boolean bandMoves, int a) {
			CompiledTrait trait = this.traits[t];
			int[] reach = trait.reach[(current >= 0) ? current : trait.slotCount];
			int C = this.criterionCount;
			boolean spills = a == this.spillTo && state.spillActive;
			int row = spills ? this.architectureCount : a;
			double sum = 0;
			for (int c : bandMoves ? this.touchedWithCost[t] : trait.touched) {
				int move = reach[row * C + c];
				if (bandMoves && c == this.costCriterion) {
					move += this.bandReach[a] + (spills ? 1 : 0);
				}
				if (move != 0) {
					int n = state.net[a * C + c] + (spills ? state.spill[c] : 0);
					double now = Evaluator.score(n);
					sum += weights[c] * Math.max(Evaluator.score(n + move) - now, now - Evaluator.score(n - move));
				}
			}
			return sum;
		}

		/**
		 * Scores one alternative answer of one trait by swapping its contribution (and
		 * the cost model's band), and tells whether it changes the recommendation (the
		 * new one and its margin are left in {@code out}).
		 */
		private boolean scoreAlternative(State state, double[] weights, double[] contribution, int t, int current,
				int alternative, int band, Alternative out) {
			CompiledTrait trait = this.traits[t];
			int A = this.architectureCount;
			int C = this.criterionCount;
			int[] koCount = state.koCount;
			int[] koHard = state.koHard;
			boolean spillActive = state.spillActive;
			if (trait.knocksOut) {
				koCount = out.koCount;
				koHard = out.koHard;
				for (int a = 0; a < A; a++) {
					koCount[a] = state.koCount[a] - ((current >= 0) ? trait.koCount[current][a] : 0)
							+ ((alternative >= 0) ? trait.koCount[alternative][a] : 0);
					koHard[a] = state.koHard[a] - ((current >= 0) ? trait.koHard[current][a] : 0)
							+ ((alternative >= 0) ? trait.koHard[alternative][a] : 0);
				}
				spillActive = spillActive(koCount, koHard);
			}
			int[] oldEffects = (current >= 0) ? trait.effects[current] : trait.none;
			int[] newEffects = (alternative >= 0) ? trait.effects[alternative] : trait.none;
			int[] oldSpill = (current >= 0) ? trait.spill[current] : trait.none;
			int[] newSpill = (alternative >= 0) ? trait.spill[alternative] : trait.none;
			boolean bandChanges = band != state.band;
			int costC = this.costCriterion;
			int spillDelta = bandChanges ? spillOf(band) - spillOf(state.band) : 0;
			int[] net = state.net;
			// only the criteria this change moves, in the trait's order: every other term
			// of the sum is 0
			int[] offsets = trait.movedOffsets;
			int[] movedCriteria = trait.movedCriteria;
			int[] movedEffect = trait.movedEffect;
			int[] movedSpill = trait.movedSpill;
			int rows = trait.movedRow((current >= 0) ? current : trait.slotCount,
					(alternative >= 0) ? alternative : trait.slotCount, bandChanges);
			double[] overall = out.overall;
			int best = -1;
			int runnerUp = -1;
			for (int a = 0; a < A; a++) {
				if (koCount[a] > 0) {
					continue;
				}
				double sum = state.overall[a];
				boolean spillTarget = a == this.spillTo;
				int bandDelta = bandChanges ? effectOf(band, a) - effectOf(state.band, a) : 0;
				int base = a * C;
				if (spillTarget && spillActive != state.spillActive) {
					// spill-over starts or stops: every criterion of this architecture
					// moves
					for (int c : trait.allCriteria) {
						int i = base + c;
						int n = net[i] - oldEffects[i] + newEffects[i];
						if (c == costC) {
							n += bandDelta;
						}
						if (spillActive) {
							n += state.spill[c] - oldSpill[c] + newSpill[c] + ((c == costC) ? spillDelta : 0);
						}
						sum += weights[c] * Evaluator.score(n) - contribution[i];
					}
				}
				else {
					boolean spills = spillTarget && spillActive;
					int row = rows + (spills ? A : a);
					for (int k = offsets[row], end = offsets[row + 1]; k < end; k++) {
						int c = movedCriteria[k];
						int i = base + c;
						int n = net[i] + movedEffect[k];
						if (c == costC) {
							n += bandDelta;
						}
						if (spills) {
							n += state.spill[c] + movedSpill[k] + ((c == costC) ? spillDelta : 0);
						}
						sum += weights[c] * Evaluator.score(n) - contribution[i];
					}
				}
				overall[a] = sum;
				if (best < 0 || ahead(overall, a, best)) {
					runnerUp = best;
					best = a;
				}
				else if (runnerUp < 0 || ahead(overall, a, runnerUp)) {
					runnerUp = a;
				}
			}
			if (best < 0 || best == state.best) {
				return false;
			}
			out.best = best;
			out.margin = (runnerUp >= 0) ? overall[best] - overall[runnerUp] : 100.0;
			return true;
		}

		private int effectOf(int band, int a) {
			return (band >= 0) ? this.bandEffects[band][a] : 0;
		}

		private int spillOf(int band) {
			return (band >= 0 && this.bandSpills[band]) ? 1 : 0;
		}

		/**
		 * Points (beyond the most the alternatives can move) by which the leader must
		 * stay ahead for a trait to be skipped: a tie of {@value Evaluator#TIE} either
		 * way and room for rounding.
		 */
		static final double TIP_MARGIN = 3 * TIE;

		/** Scratch space for scoring alternatives, one per evaluation. */
		static final class Alternative {

			final int[] koCount;

			final int[] koHard;

			final double[] overall;

			int best;

			double margin;

			Alternative(int architectures) {
				this.koCount = new int[architectures];
				this.koHard = new int[architectures];
				this.overall = new double[architectures];
			}

		}

		/**
		 * An answer change that tips the recommendation, before it is turned into text.
		 */
		record Candidate(int trait, int current, int alternative, String value, int recommended, int distance,
				double margin, int found) {

			/** Nearest first, then the clearest new lead, then wizard order. */
			static final java.util.Comparator<Candidate> ORDER = (x, y) -> {
				if (x.distance != y.distance) {
					return Integer.compare(x.distance, y.distance);
				}
				int byMargin = Double.compare(y.margin, x.margin);
				return (byMargin != 0) ? byMargin : Integer.compare(x.found, y.found);
			};

		}

		/** A rule compiled against its trait's answer slots. */
		record CompiledRule(String id, int trait, boolean[] firesAt, int[] criteria, boolean spills,
				Map<String, Integer> effects, int[] effectOf) {
		}

		/**
		 * A risk compiled against the architecture and trait indexes: which architectures
		 * it concerns, and the trait of each condition (-1 for a trait the catalogue does
		 * not have).
		 */
		record CompiledRisk(String id, boolean[] concerns, int[] traits, Condition[] conditions,
				List<String> triggeredBy) {

			/** Whether every condition holds for the answers (by trait index). */
			boolean holds(String[] values) {
				for (int k = 0; k < this.conditions.length; k++) {
					int t = this.traits[k];
					if (!this.conditions[k].matches((t >= 0) ? values[t] : null)) {
						return false;
					}
				}
				return true;
			}

		}

		/** A knock-out compiled against its trait's answer slots. */
		record CompiledKnockOut(String id, int trait, int architecture, boolean[] firesAt) {
		}

	}

	/**
	 * A trait's answers reduced to slots: the options of a choice trait, or the intervals
	 * between the thresholds the rules use for a numeric one. Every answer in a slot has
	 * the same effects.
	 */
	static final class CompiledTrait {

		final Trait trait;

		final Map<String, Integer> optionIndex = new HashMap<>();

		/** Sorted thresholds; slot k is [thresholds[k-1], thresholds[k]). */
		final double[] thresholds;

		final int slotCount;

		/** Effect per slot, indexed architecture × criterion. */
		final int[][] effects;

		/** Spill-over lift per slot and criterion. */
		final int[][] spill;

		/** Knock-outs per slot and architecture. */
		final int[][] koCount;

		/** Knock-outs that leave no room for spill-over, per slot and architecture. */
		final int[][] koHard;

		/** Zero effects and spill-over, for "not sure". */
		final int[] none;

		/** Criteria any slot of this trait moves. */
		int[] touched;

		int[] allCriteria;

		boolean relevant;

		/** Whether some slot knocks an architecture out. */
		boolean knocksOut;

		/** Per slot: where its effects are not 0. */
		int[][] effectAt;

		/**
		 * Per current slot ({@link #slotCount}: not sure): the most another answer moves
		 * each net effect, indexed architecture × criterion, with a last row for the
		 * architecture that receives spill-over while spill-over is on (its effects and
		 * spill-over together).
		 */
		int[][] reach;

		/** Per slot: where its spill-over is not 0. */
		int[][] spillAt;

		/**
		 * What each change of answer moves, flat: per change (from slot, to slot; slot
		 * {@link #slotCount} is "not sure"; with or without a change of the cost model's
		 * band) one row per architecture plus one for the architecture that receives
		 * spill-over while spill-over is on. Row r holds the entries from
		 * {@code movedOffsets[r]} to before {@code movedOffsets[r + 1]}: the criteria
		 * whose net effect the change moves, in the order of {@link #touched} (with the
		 * band: the cost criterion too, in the order of the trait's criteria with the
		 * cost criterion), and the change of the effect and of the spill-over there.
		 */
		int[] movedOffsets;

		int[] movedCriteria;

		int[] movedEffect;

		int[] movedSpill;

		private int architectureRows;

		/** The first row of a change (see {@link #movedOffsets}). */
		int movedRow(int from, int to, boolean bandChanges) {
			int slots = this.slotCount + 1;
			return (((bandChanges ? slots : 0) + from) * slots + to) * this.architectureRows;
		}

		CompiledTrait(Trait trait, double[] thresholds, int architectures, int criteria) {
			this.trait = trait;
			if (trait.isChoice()) {
				for (int i = 0; i < trait.options().size(); i++) {
					this.optionIndex.put(trait.options().get(i), i);
				}
				this.thresholds = new double[0];
				this.slotCount = trait.options().size();
			}
			else {
				this.thresholds = thresholds;
				this.slotCount = thresholds.length + 1;
			}
			this.effects = new int[this.slotCount][architectures * criteria];
			this.spill = new int[this.slotCount][criteria];
			this.koCount = new int[this.slotCount][architectures];
			this.koHard = new int[this.slotCount][architectures];
			this.none = new int[architectures * criteria];
		}

		void finish(int criteria, int architectures) {
			boolean[] moved = new boolean[criteria];
			boolean any = false;
			for (int s = 0; s < this.slotCount; s++) {
				for (int a = 0; a < architectures; a++) {
					for (int c = 0; c < criteria; c++) {
						if (this.effects[s][a * criteria + c] != 0) {
							moved[c] = true;
						}
					}
					any |= this.koCount[s][a] != 0;
				}
				for (int c = 0; c < criteria; c++) {
					if (this.spill[s][c] != 0) {
						moved[c] = true;
					}
				}
			}
			List<Integer> touchedList = new ArrayList<>();
			for (int c = 0; c < criteria; c++) {
				if (moved[c]) {
					touchedList.add(c);
				}
			}
			this.touched = touchedList.stream().mapToInt(Integer::intValue).toArray();
			this.allCriteria = new int[criteria];
			for (int c = 0; c < criteria; c++) {
				this.allCriteria[c] = c;
			}
			this.relevant = any || this.touched.length > 0;
		}

		/**
		 * Compiles what each change of answer moves, per architecture (see
		 * {@link #movedOffsets}), and how far it can move each net effect (see
		 * {@link #reach}).
		 * @param criteria the number of criteria
		 * @param architectures the number of architectures
		 * @param cost the cost criterion, or -1
		 * @param spillTo the architecture that receives spill-over, or -1
		 */
		void compileMoves(int criteria, int architectures, int cost, int spillTo) {
			int[] withCost = this.touched;
			if (cost >= 0 && Arrays.stream(this.touched).noneMatch((c) -> c == cost)) {
				withCost = Arrays.copyOf(this.touched, this.touched.length + 1);
				withCost[this.touched.length] = cost;
			}
			for (int s = 0; s < this.slotCount; s++) {
				for (int a = 0; a < architectures; a++) {
					this.knocksOut |= this.koCount[s][a] != 0 || this.koHard[s][a] != 0;
				}
			}
			this.effectAt = new int[this.slotCount][];
			this.spillAt = new int[this.slotCount][];
			for (int s = 0; s < this.slotCount; s++) {
				int[] effects = this.effects[s];
				int[] spills = this.spill[s];
				this.effectAt[s] = IntStream.range(0, effects.length).filter((i) -> effects[i] != 0).toArray();
				this.spillAt[s] = IntStream.range(0, spills.length).filter((c) -> spills[c] != 0).toArray();
			}
			int slots = this.slotCount + 1;
			this.architectureRows = architectures + 1;
			int rowCount = 2 * slots * slots * this.architectureRows;
			this.movedOffsets = new int[rowCount + 1];
			List<int[]> entries = new ArrayList<>();
			for (int band = 0; band < 2; band++) {
				boolean bandChanges = band == 1;
				for (int from = 0; from < slots; from++) {
					for (int to = 0; to < slots; to++) {
						int[] oldEffects = (from < this.slotCount) ? this.effects[from] : this.none;
						int[] newEffects = (to < this.slotCount) ? this.effects[to] : this.none;
						int[] oldSpill = (from < this.slotCount) ? this.spill[from] : this.none;
						int[] newSpill = (to < this.slotCount) ? this.spill[to] : this.none;
						int row = movedRow(from, to, bandChanges);
						for (int a = 0; a < this.architectureRows; a++) {
							boolean spills = a == architectures;
							int base = (spills ? Math.max(spillTo, 0) : a) * criteria;
							this.movedOffsets[row + a] = entries.size();
							for (int c : bandChanges ? withCost : this.touched) {
								int effect = newEffects[base + c] - oldEffects[base + c];
								int spill = spills ? newSpill[c] - oldSpill[c] : 0;
								if (effect != 0 || spill != 0 || bandChanges && c == cost) {
									entries.add(new int[] { c, effect, spill });
								}
							}
						}
					}
				}
			}
			this.movedOffsets[rowCount] = entries.size();
			this.reach = new int[slots][this.architectureRows * criteria];
			for (int from = 0; from < slots; from++) {
				for (int to = 0; to < slots; to++) {
					int row = movedRow(from, to, false);
					for (int a = 0; a < this.architectureRows; a++) {
						for (int k = this.movedOffsets[row + a]; k < this.movedOffsets[row + a + 1]; k++) {
							int c = entries.get(k)[0];
							int move = Math.abs(entries.get(k)[1] + entries.get(k)[2]);
							this.reach[from][a * criteria + c] = Math.max(this.reach[from][a * criteria + c], move);
						}
					}
				}
			}
			this.movedCriteria = entries.stream().mapToInt((entry) -> entry[0]).toArray();
			this.movedEffect = entries.stream().mapToInt((entry) -> entry[1]).toArray();
			this.movedSpill = entries.stream().mapToInt((entry) -> entry[2]).toArray();
		}

		/** Which slots a condition on this trait holds for. */
		boolean[] firesAt(Condition condition) {
			boolean[] fires = new boolean[this.slotCount];
			for (int s = 0; s < this.slotCount; s++) {
				if (this.trait.isChoice()) {
					fires[s] = condition.anyOf().contains(this.trait.options().get(s));
				}
				else {
					double low = (s == 0) ? this.trait.min() : this.thresholds[s - 1];
					fires[s] = (condition.atLeast() == null || low >= condition.atLeast())
							&& (condition.below() == null || low < condition.below());
				}
			}
			return fires;
		}

		int slotOf(String value) {
			if (this.trait.isChoice()) {
				Integer index = this.optionIndex.get(value);
				if (index == null) {
					throw new IllegalArgumentException(
							"Unknown option '" + value + "' of trait '" + this.trait.id() + "'");
				}
				return index;
			}
			double number;
			try {
				number = Double.parseDouble(value);
			}
			catch (NumberFormatException | NullPointerException ex) {
				throw new IllegalArgumentException(
						"Trait '" + this.trait.id() + "' needs a number, not '" + value + "'");
			}
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException("Trait '" + this.trait.id() + "' needs a finite number");
			}
			int slot = 0;
			while (slot < this.thresholds.length && number >= this.thresholds[slot]) {
				slot++;
			}
			return slot;
		}

		String optionOrNull(int slot) {
			return this.trait.isChoice() ? this.trait.options().get(slot) : null;
		}

		/**
		 * The answer that stands for a slot: the option itself, or for numbers the value
		 * just across the nearest threshold of that slot, seen from the current one.
		 */
		String alternativeText(int current, int slot) {
			if (this.trait.isChoice()) {
				return this.trait.options().get(slot);
			}
			boolean below = current >= 0 && slot < current || current < 0 && slot == 0;
			if (!below) {
				return number(this.thresholds[slot - 1]);
			}
			double top = this.thresholds[slot];
			double low = (slot == 0) ? this.trait.min() : this.thresholds[slot - 1];
			double step = (this.trait.type() == TraitType.INTEGER) ? 1.0 : Math.min(0.1, (top - low) / 2);
			return number(Math.max(low, top - step));
		}

		String number(double value) {
			if (this.trait.type() == TraitType.INTEGER) {
				return Long.toString(Math.round(value));
			}
			return AnswerValidator
				.plain(new BigDecimal(value).setScale(AnswerValidator.DECIMALS, RoundingMode.HALF_UP));
		}

	}

}
