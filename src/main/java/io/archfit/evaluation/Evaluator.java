package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;

import io.archfit.catalogue.Catalogue;

/**
 * Scores the architectures of one catalogue against a set of answers, and explains the
 * result. The steps, each a part of its own:
 * <ol>
 * <li>the catalogue is compiled once into arrays ({@link CatalogueCompiler});</li>
 * <li>the answers are read into slots and numbers ({@link AnswerVector});</li>
 * <li>the cost model estimates each architecture and places the volume in a band
 * ({@link CostModel}, {@link CostBands});</li>
 * <li>the rules, knock-outs and band give the scores and the ranking ({@link ScoreState},
 * formulas in {@link Scoring});</li>
 * <li>the scores are explained: criteria with their reasons, blockers, risks
 * ({@link Explanation}); the two leading options compared ({@link LeadComparison});</li>
 * <li>the single answer changes that would change the recommendation are searched
 * ({@link TippingPointSearch}).</li>
 * </ol>
 * When the catalogue says so (serverless to hybrid), an architecture knocked out only by
 * limits that concern some parts of the work passes its workload strengths to the
 * architecture that can host those parts: each rule that favours it over the other on a
 * workload criterion lifts the other by 1 there. Knocked-out architectures are still
 * scored and ranked after the viable ones. Instances are immutable, thread-safe and
 * deterministic.
 */
public final class Evaluator {

	private final Catalogue catalogue;

	private final CompiledCatalogue compiled;

	private final CostAssumptions defaultAssumptions;

	public Evaluator(Catalogue catalogue) {
		this.catalogue = catalogue;
		this.compiled = CatalogueCompiler.compile(catalogue);
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

	/** The catalogue's cost model, or null when it has none. */
	public CostModel costModel() {
		return this.compiled.cost.model;
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
	 * defaults); they move the cost criterion through the break-even
	 * @return the full result with the cost estimate
	 * @throws IllegalArgumentException for an unknown trait, option, number or criterion
	 */
	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions) {
		return evaluate(answers, priorities, assumptions, true);
	}

	/**
	 * Scores one set of answers, optionally without looking for tipping points (for tests
	 * and benchmarks that need only the ranking; the confidence then takes no nearby
	 * tipping answer into account).
	 * @param answers canonical answers (see {@link AnswerValidator})
	 * @param priorities criterion ids that matter most (may be null or empty)
	 * @param assumptions the cost model's prices and sizes (null: the catalogue's price
	 * defaults)
	 * @param withTippingPoints false to leave {@link Evaluation#tippingPoints()} empty
	 * @return the result with the cost estimate
	 * @throws IllegalArgumentException for an unknown trait, option, number or criterion
	 */
	public Evaluation evaluate(Answers answers, List<String> priorities, CostAssumptions assumptions,
			boolean withTippingPoints) {
		CompiledCatalogue m = this.compiled;
		AnswerVector vector = AnswerVector.of(answers, m);
		double[] weights = Scoring.weights(m, priorities);
		CostAssumptions prices = (assumptions != null) ? assumptions : this.defaultAssumptions;
		CostEstimate estimate = (m.cost.model != null) ? m.cost.model.estimate(answers, prices) : null;
		CostContext cost = costContext(m, answers, vector, prices, estimate);
		ScoreState state = ScoreState.of(m, vector, weights, cost.band);
		Explanation explanation = new Explanation(m, state, vector);
		List<RankedArchitecture> ranking = explanation.ranking();
		Double[] rounded = explanation.roundedScores();
		int[][] effects = new int[m.criterionCount][];
		List<CriterionResult> criteria = explanation.criteria(weights, priorities, rounded, effects);
		Comparison comparison = (state.second >= 0)
				? LeadComparison.ofLeaders(m, criteria, rounded, state.best, state.second, effects) : null;
		double margin = state.margin();
		List<String> unanswered = unanswered(m, vector);
		List<Risk> risks = explanation.risks();
		List<TippingPoint> tippingPoints = withTippingPoints
				? new TippingPointSearch(m, state, vector, weights, cost).find() : List.of();
		ConfidenceModel confidenceModel = m.confidence;
		double confidence = confidenceModel.confidence(margin, unanswered.size(), m.scoredTraitCount,
				ConfidenceModel.nearby(tippingPoints));
		boolean closeCall = state.second >= 0 && confidenceModel.closeCall(margin);
		return new Evaluation(this.catalogue.id(), this.catalogue.version(), m.architectures[state.best], confidence,
				confidenceModel.level(confidence), closeCall, ranking, criteria, comparison, risks, tippingPoints,
				unanswered, estimate);
	}

	/**
	 * An evaluation with what the published cases nearest to its answers chose. A
	 * catalogue that records how often it was right by how many of them agreed averages
	 * that share with the confidence the lead gives. Where too few of them chose the
	 * recommended architecture, the confidence is then held just below a level: below
	 * high unless all of them did, below medium unless more than half did (a lead the
	 * engine finds is not trusted further than the cases most like the answers bear out).
	 * Catalogues without a calibrated confidence keep theirs.
	 * @param evaluation an evaluation of this catalogue
	 * @param precedents how many nearest cases were looked at and how many agree
	 * @return the evaluation with the precedents and the confidence they allow
	 */
	public Evaluation withPrecedents(Evaluation evaluation, Precedents precedents) {
		ConfidenceModel model = this.compiled.confidence;
		ConfidenceLevel ceiling = model.ceiling(precedents);
		Precedents.Weighing weighing = model.weighing(evaluation.confidence(), precedents,
				evaluation.unanswered().size(), this.compiled.scoredTraitCount);
		double confidence = (weighing != null) ? ConfidenceModel.weighed(weighing) : evaluation.confidence();
		ConfidenceLevel heldBelow = null;
		if (ceiling != null && confidence > model.below(ceiling)) {
			confidence = model.below(ceiling);
			heldBelow = ceiling;
		}
		return new Evaluation(evaluation.catalogueId(), evaluation.catalogueVersion(), evaluation.recommended(),
				confidence, model.level(confidence), evaluation.closeCall(), evaluation.ranking(),
				evaluation.criteria(), evaluation.comparison(), evaluation.risks(), evaluation.tippingPoints(),
				evaluation.unanswered(), evaluation.cost(),
				new Precedents(precedents.nearest(), precedents.agreeing(), heldBelow, weighing));
	}

	/**
	 * Where two architectures are alike and where they part, from an evaluation's
	 * criterion results: similar criteria are at most {@value LeadComparison#SIMILAR_GAP}
	 * points apart and moved by at least one rule; the others are differences, largest
	 * gap first.
	 * @param evaluation an evaluation of this catalogue
	 * @param first an architecture id
	 * @param second another architecture id
	 * @return the comparison of the two
	 */
	public Comparison compare(Evaluation evaluation, String first, String second) {
		if (!this.compiled.architectureIndex.containsKey(first)
				|| !this.compiled.architectureIndex.containsKey(second)) {
			throw new IllegalArgumentException("Unknown architecture '" + first + "' or '" + second + "'");
		}
		return LeadComparison.of(evaluation, first, second);
	}

	private static CostContext costContext(CompiledCatalogue m, Answers answers, AnswerVector vector,
			CostAssumptions prices, CostEstimate estimate) {
		CostBands bands = m.cost;
		if (!bands.active()) {
			return new CostContext(bands, prices, null, -1, false, false, null, null);
		}
		CostInputs inputs = bands.model.inputs(answers, prices);
		boolean volumeAnswered = vector.slots[bands.volumeTrait] >= 0;
		int band = volumeAnswered ? bands.band(inputs, prices) : -1;
		String durationTrait = bands.model.spec().duration().trait();
		String durationChoice = bands.model.spec().duration().from();
		return new CostContext(bands, prices, inputs, band, volumeAnswered,
				durationTrait != null && answers.isAnswered(durationTrait),
				(durationChoice != null) ? answers.get(durationChoice) : null, estimate.breakEvenRequestsPerMonth());
	}

	/** The scored traits left unanswered, in wizard order. */
	private static List<String> unanswered(CompiledCatalogue m, AnswerVector vector) {
		List<String> unanswered = new ArrayList<>();
		for (int t : m.wizardOrder) {
			if (!m.traits[t].trait.costInput() && vector.slots[t] < 0) {
				unanswered.add(m.traits[t].trait.id());
			}
		}
		return unanswered;
	}

}
