package io.archfit.evaluation;

import java.util.List;

/**
 * The full, explainable result of scoring one set of answers. Everything the report and
 * the API show comes from here; ids are catalogue ids and every text is looked up from
 * message keys by the caller ({@code architecture.<id>.name}, {@code rule.<ruleId>},
 * {@code risk.<id>.title} …).
 *
 * @param catalogueId the id of the catalogue the answers were scored with
 * ({@code archfit} for the built-in one)
 * @param catalogueVersion the catalogue version the answers were scored with
 * @param recommended id of the best viable architecture
 * @param confidence 0–1, from the margin to the runner-up and the share of unanswered
 * traits
 * @param confidenceLevel the confidence in words: low, medium or high
 * @param closeCall whether the two leading viable architectures are so close that a
 * single answer could swap them
 * @param ranking all four architectures, best first (viable ones before non-viable ones)
 * @param criteria per criterion: weight, scores per architecture and the rules behind
 * them
 * @param comparison similarities and differences between the top two viable architectures
 * @param risks the difficulties that apply to the leading architectures, with mitigations
 * @param tippingPoints single answer changes that change the recommendation, nearest
 * first
 * @param unanswered ids of the traits left unanswered
 * @param cost the monthly cost estimate per architecture
 * @param precedents what the published cases nearest to the answers chose, when they were
 * consulted (null: the engine alone, see {@link Evaluator#withPrecedents})
 */
public record Evaluation(String catalogueId, String catalogueVersion, String recommended, double confidence,
		ConfidenceLevel confidenceLevel, boolean closeCall, List<RankedArchitecture> ranking,
		List<CriterionResult> criteria, Comparison comparison, List<Risk> risks, List<TippingPoint> tippingPoints,
		List<String> unanswered, CostEstimate cost, Precedents precedents) {

	public Evaluation {
		ranking = List.copyOf(ranking);
		criteria = List.copyOf(criteria);
		risks = List.copyOf(risks);
		tippingPoints = List.copyOf(tippingPoints);
		unanswered = List.copyOf(unanswered);
	}

	/** An evaluation by the engine alone, before the published cases are consulted. */
	public Evaluation(String catalogueId, String catalogueVersion, String recommended, double confidence,
			ConfidenceLevel confidenceLevel, boolean closeCall, List<RankedArchitecture> ranking,
			List<CriterionResult> criteria, Comparison comparison, List<Risk> risks, List<TippingPoint> tippingPoints,
			List<String> unanswered, CostEstimate cost) {
		this(catalogueId, catalogueVersion, recommended, confidence, confidenceLevel, closeCall, ranking, criteria,
				comparison, risks, tippingPoints, unanswered, cost, null);
	}

}
