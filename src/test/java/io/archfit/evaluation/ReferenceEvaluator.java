package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.ConfidenceSpec;
import io.archfit.catalogue.CostModelSpec;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.KnockOut;
import io.archfit.catalogue.Rule;
import io.archfit.catalogue.Spillover;
import io.archfit.catalogue.Trait;

/**
 * The engine's results computed the straightforward, slow way, from the catalogue as
 * written: every condition interpreted on the answers' text, every score summed from
 * scratch, and every tipping point found by changing one answer and scoring everything
 * again. It shares only the cost model's arithmetic ({@link CostModel}, tested on its
 * own) and, for the cost inputs' numbers, the search for the value nearest to the answer
 * within a region and cost band ({@link CostContext#nearest}).
 */
final class ReferenceEvaluator {

	private final Catalogue catalogue;

	private final CostModel model;

	private final CostModelSpec spec;

	private final CostAssumptions defaults;

	/** For the cost inputs' nearest-value search and number formatting only. */
	private final CompiledCatalogue compiled;

	private final Map<String, Integer> criterionIndex = new HashMap<>();

	private final Map<String, Integer> architectureIndex = new HashMap<>();

	private final ReferenceConditions conditions;

	private final ReferenceExplanation explanation;

	ReferenceEvaluator(Catalogue catalogue) {
		this.compiled = CatalogueCompiler.compile(catalogue);
		for (int c = 0; c < catalogue.criteria().size(); c++) {
			this.criterionIndex.put(catalogue.criteria().get(c).id(), c);
		}
		for (int a = 0; a < catalogue.architectures().size(); a++) {
			this.architectureIndex.put(catalogue.architectures().get(a), a);
		}
		this.conditions = new ReferenceConditions(catalogue);
		this.explanation = new ReferenceExplanation(catalogue, this.conditions);
		this.catalogue = catalogue;
		this.spec = catalogue.costModel().orElse(null);
		this.model = (this.spec != null) ? CostModel.of(catalogue) : null;
		this.defaults = Evaluator.defaultAssumptions(catalogue);
	}

	/** The scores of one set of answers: what the ranking and the tipping points need. */
	record Scores(Map<String, String> answers, double[] overall, int[][] net, boolean[] viable, List<Integer> order,
			int band, boolean spillActive, List<Rule> fired, List<KnockOut> knocked) {

		int best() {
			return this.order.get(0);
		}

		int second() {
			return (this.order.size() > 1 && this.viable[this.order.get(1)]) ? this.order.get(1) : -1;
		}

		double margin() {
			return (second() >= 0) ? this.overall[best()] - this.overall[second()] : 100.0;
		}

	}

	Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions given) {
		CostAssumptions prices = (given != null) ? given : this.defaults;
		Map<String, String> values = new LinkedHashMap<>(answers.asMap());
		double[] weights = weights(priorities);
		Scores scores = score(values, weights, prices);
		List<String> architectures = this.catalogue.architectures();
		List<RankedArchitecture> ranking = new ArrayList<>();
		for (int a : scores.order()) {
			List<Blocker> blockers = new ArrayList<>();
			for (KnockOut ko : scores.knocked()) {
				if (ko.architecture().equals(architectures.get(a))) {
					String trait = this.conditions.firstTrait(ko.when());
					blockers.add(new Blocker(ko.id(), trait, values.get(trait)));
				}
			}
			ranking.add(new RankedArchitecture(architectures.get(a), Scoring.round1(scores.overall()[a]),
					scores.viable()[a], blockers));
		}
		List<CriterionResult> criteria = this.explanation.criteria(scores, weights, priorities, values);
		int best = scores.best();
		int second = scores.second();
		Comparison comparison = (second >= 0)
				? ReferenceComparison.compare(criteria, architectures.get(best), architectures.get(second)) : null;
		List<String> unanswered = new ArrayList<>();
		int scored = 0;
		for (Trait trait : wizardTraits()) {
			if (!trait.costInput()) {
				scored++;
				if (!values.containsKey(trait.id())) {
					unanswered.add(trait.id());
				}
			}
		}
		double margin = scores.margin();
		List<TippingPoint> tippingPoints = tippingPoints(values, weights, prices, scores);
		double answered = 1.0 - (double) unanswered.size() / scored;
		ConfidenceSpec spec = this.catalogue.confidence().orElse(null);
		double confidence;
		ConfidenceLevel level;
		boolean closeCall;
		if (spec == null) {
			confidence = Scoring.round2(answered * (0.5 + 0.5 * Math.min(1.0, margin / 15.0)));
			level = (confidence >= 0.70) ? ConfidenceLevel.HIGH
					: (confidence >= 0.40) ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW;
			closeCall = second >= 0 && margin < 3.0;
		}
		else {
			long nearby = tippingPoints.stream()
				.filter((t) -> t.distance() == 1)
				.map(TippingPoint::trait)
				.distinct()
				.count();
			confidence = Scoring.round2(Math.max(0, answered * interpolate(spec.knots(), margin)
					* (1 - spec.tippingPenalty() * Math.min(nearby, spec.tippingCap()))));
			level = (confidence >= spec.high()) ? ConfidenceLevel.HIGH
					: (confidence >= spec.medium()) ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW;
			closeCall = second >= 0 && margin < spec.closeCall();
		}
		CostEstimate estimate = (this.model != null) ? this.model.estimate(answers, prices) : null;
		return new Evaluation(this.catalogue.id(), this.catalogue.version(), architectures.get(best), confidence, level,
				closeCall, ranking, criteria, comparison, this.explanation.risks(scores, values), tippingPoints,
				unanswered, estimate);
	}

	/** The value of a piecewise-linear curve at x, flat beyond its ends. */
	private static double interpolate(List<ConfidenceSpec.Knot> knots, double x) {
		if (x <= knots.get(0).lead()) {
			return knots.get(0).right();
		}
		for (int i = 1; i < knots.size(); i++) {
			if (x <= knots.get(i).lead()) {
				ConfidenceSpec.Knot a = knots.get(i - 1);
				ConfidenceSpec.Knot b = knots.get(i);
				return a.right() + (b.right() - a.right()) * (x - a.lead()) / (b.lead() - a.lead());
			}
		}
		return knots.get(knots.size() - 1).right();
	}

	/** Scores answers from scratch. */
	Scores score(Map<String, String> values, double[] weights, CostAssumptions prices) {
		List<String> architectures = this.catalogue.architectures();
		List<Criterion> criteria = this.catalogue.criteria();
		int[][] net = new int[architectures.size()][criteria.size()];
		int[] spill = new int[criteria.size()];
		Spillover spillover = this.catalogue.spillover().orElse(null);
		List<Rule> fired = new ArrayList<>();
		for (Rule rule : this.catalogue.rules()) {
			if (this.conditions.holds(rule.when(), values)) {
				fired.add(rule);
				for (String criterion : rule.criteria()) {
					int c = criterionIndex(criterion);
					rule.effects()
						.forEach((architecture, effect) -> net[architectures.indexOf(architecture)][c] += effect);
					if (this.explanation.spillCriterion(spillover, c)) {
						spill[c] += ReferenceExplanation.lift(rule.effects(), spillover);
					}
				}
			}
		}
		int band = band(values, prices);
		if (band >= 0) {
			int c = criterionIndex(this.spec.criterion());
			Map<String, Integer> effects = this.spec.bands().get(band).effects();
			effects.forEach((architecture, effect) -> net[architectures.indexOf(architecture)][c] += effect);
			if (this.explanation.spillCriterion(spillover, c)) {
				spill[c] += ReferenceExplanation.lift(effects, spillover);
			}
		}
		List<KnockOut> knocked = new ArrayList<>();
		boolean[] viable = new boolean[architectures.size()];
		java.util.Arrays.fill(viable, true);
		boolean fromKnockedHard = false;
		for (KnockOut ko : this.catalogue.knockOuts()) {
			if (this.conditions.holds(ko.when(), values)) {
				knocked.add(ko);
				viable[architectures.indexOf(ko.architecture())] = false;
				if (spillover != null && ko.architecture().equals(spillover.from())
						&& !spillover.knockOuts().contains(ko.id())) {
					fromKnockedHard = true;
				}
			}
		}
		boolean spillActive = spillover != null && !viable[architectures.indexOf(spillover.from())] && !fromKnockedHard;
		if (spillActive) {
			int to = architectures.indexOf(spillover.to());
			for (int c = 0; c < criteria.size(); c++) {
				net[to][c] += spill[c];
			}
		}
		double[] overall = new double[architectures.size()];
		for (int a = 0; a < overall.length; a++) {
			for (int c = 0; c < criteria.size(); c++) {
				overall[a] += weights[c] * (50.0 + 50.0 * net[a][c] / (Math.abs(net[a][c]) + 3.0));
			}
		}
		List<Integer> order = new ArrayList<>();
		for (int a = 0; a < overall.length; a++) {
			order.add(a);
		}
		order.sort((x, y) -> {
			if (viable[x] != viable[y]) {
				return viable[x] ? -1 : 1;
			}
			double difference = overall[x] - overall[y];
			if (Math.abs(difference) <= 1e-9) {
				return Integer.compare(x, y);
			}
			return (difference > 0) ? -1 : 1;
		});
		return new Scores(values, overall, net, viable, order, band, spillActive, fired, knocked);
	}

	/**
	 * Every answer change that changes the recommendation: every other option and "not
	 * sure" of each choice; "not sure" and one answer per region (per cost band for the
	 * cost model's inputs) of each number, each scored from scratch.
	 */
	List<TippingPoint> tippingPoints(Map<String, String> values, double[] weights, CostAssumptions prices, Scores now) {
		record Found(TippingPoint point, double margin, int found) {
		}
		List<Found> found = new ArrayList<>();
		for (Trait trait : wizardTraits()) {
			String current = values.get(trait.id());
			List<String[]> alternatives = alternatives(trait, values, prices, now);
			for (String[] alternative : alternatives) {
				Map<String, String> changed = new LinkedHashMap<>(values);
				if (alternative[0] == null) {
					changed.remove(trait.id());
				}
				else {
					changed.put(trait.id(), alternative[0]);
				}
				Scores after = score(changed, weights, prices);
				if (after.viable()[after.best()] && after.best() != now.best()) {
					found.add(new Found(
							new TippingPoint(trait.id(), current, alternative[0],
									this.catalogue.architectures().get(after.best()), Integer.parseInt(alternative[1])),
							after.margin(), found.size()));
				}
			}
		}
		found.sort(Comparator.comparingInt((Found f) -> f.point().distance())
			.thenComparing(Comparator.comparingDouble(Found::margin).reversed())
			.thenComparingInt(Found::found));
		return found.stream().map(Found::point).toList();
	}

	/**
	 * The other answers of a trait to try, each with its distance: {answer or null,
	 * distance}.
	 */
	private List<String[]> alternatives(Trait trait, Map<String, String> values, CostAssumptions prices, Scores now) {
		List<String[]> alternatives = new ArrayList<>();
		String current = values.get(trait.id());
		if (trait.isChoice()) {
			int here = (current != null) ? trait.options().indexOf(current) : -1;
			if (current != null) {
				alternatives.add(new String[] { null, "1" });
			}
			for (int o = 0; o < trait.options().size(); o++) {
				if (o != here) {
					alternatives.add(new String[] { trait.options().get(o),
							Integer.toString((here >= 0) ? Math.abs(o - here) : 1) });
				}
			}
			return alternatives;
		}
		if (current != null) {
			alternatives.add(new String[] { null, "1" });
		}
		CostRole role = role(trait);
		boolean banded = role != CostRole.NONE && (role == CostRole.VOLUME || now.band() >= 0);
		List<Region> regions = ReferenceRegions.of(this.catalogue, trait, values);
		double number = (current != null) ? Double.parseDouble(current) : Double.NaN;
		int here = -1;
		for (int r = 0; r < regions.size(); r++) {
			if (!Double.isNaN(number) && regions.get(r).contains(number)) {
				here = r;
			}
		}
		if (!banded) {
			for (int r = 0; r < regions.size(); r++) {
				if (r != here) {
					alternatives.add(new String[] { ReferenceRegions.text(trait, regions, here, r),
							Integer.toString((here >= 0) ? Math.abs(r - here) : 1) });
				}
			}
			return alternatives;
		}
		CostContext cost = costContext(values, prices, now.band());
		CompiledTrait compiled = this.compiled.traits[traitIndex(trait.id())];
		for (int r = 0; r < regions.size(); r++) {
			for (int band = 0; band < this.spec.bands().size(); band++) {
				if (r == here && band == now.band()) {
					continue;
				}
				String text = cost.nearest(role, compiled, regions.get(r), band, number);
				if (text != null) {
					int steps = (here >= 0) ? Math.abs(r - here) : 1;
					int distance = Math.max(1, steps + ((now.band() >= 0) ? Math.abs(band - now.band()) : 0));
					alternatives.add(new String[] { text, Integer.toString(distance) });
				}
			}
		}
		return alternatives;
	}

	private CostContext costContext(Map<String, String> values, CostAssumptions prices, int band) {
		Answers answers = Answers.of(values);
		CostBands bands = this.compiled.cost;
		CostInputs inputs = this.model.inputs(answers, prices);
		String durationChoice = this.spec.duration().from();
		return new CostContext(bands, prices, inputs, band, values.containsKey(this.spec.requests().trait()),
				this.spec.duration().trait() != null && values.containsKey(this.spec.duration().trait()),
				(durationChoice != null) ? values.get(durationChoice) : null, this.model.breakEven(inputs, prices));
	}

	private CostRole role(Trait trait) {
		if (this.spec == null || this.spec.bands().isEmpty()) {
			return CostRole.NONE;
		}
		String id = trait.id();
		if (id.equals(this.spec.requests().trait())) {
			return CostRole.VOLUME;
		}
		if (id.equals(this.spec.duration().trait())) {
			return CostRole.DURATION;
		}
		if (id.equals(this.spec.memory().trait())) {
			return CostRole.MEMORY;
		}
		return CostRole.NONE;
	}

	/**
	 * The cost band of the answers: how many band edges the volume reaches; -1 when
	 * unanswered.
	 */
	int band(Map<String, String> values, CostAssumptions prices) {
		if (this.spec == null || this.spec.bands().isEmpty() || !values.containsKey(this.spec.requests().trait())) {
			return -1;
		}
		CostInputs inputs = this.model.inputs(Answers.of(values), prices);
		int band = 0;
		for (int b = 0; b < this.spec.bands().size() - 1; b++) {
			double at = inputs.requestsPerMonth() * (1.0 / this.spec.bands().get(b).below());
			if (this.model.monthlyUsd(this.model.functionsArchitecture(), at, inputs, prices)
					- this.model.monthlyUsd(this.model.oneServiceArchitecture(), at, inputs, prices) > 0) {
				band++;
			}
		}
		return band;
	}

	private double[] weights(List<String> priorities) {
		List<Criterion> criteria = this.catalogue.criteria();
		double[] weights = new double[criteria.size()];
		double sum = 0;
		for (int c = 0; c < weights.length; c++) {
			Criterion criterion = criteria.get(c);
			double groupWeight = this.catalogue.criteriaOf(criterion.group())
				.stream()
				.mapToDouble(Criterion::weight)
				.sum();
			weights[c] = this.catalogue.groupWeights().get(criterion.group()) * criterion.weight() / groupWeight;
			if (priorities != null && priorities.contains(criterion.id())) {
				weights[c] *= 2.0;
			}
		}
		for (double weight : weights) {
			sum += weight;
		}
		for (int c = 0; c < weights.length; c++) {
			weights[c] /= sum;
		}
		return weights;
	}

	private List<Trait> wizardTraits() {
		List<Trait> traits = new ArrayList<>();
		this.catalogue.steps().forEach((step) -> traits.addAll(this.catalogue.traitsOf(step)));
		return traits;
	}

	private int criterionIndex(String id) {
		return this.criterionIndex.get(id);
	}

	private int traitIndex(String id) {
		return this.catalogue.traits().stream().map(Trait::id).toList().indexOf(id);
	}

}
