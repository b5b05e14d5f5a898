package io.archfit.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The scores of one criterion.
 *
 * @param criterion criterion id
 * @param weight the criterion's share of the overall score (all weights add up to 1)
 * @param priority true when the user picked it as a priority
 * @param scores architecture id to score 0–100 (50 is neutral)
 * @param reasons the rules that moved this criterion, in catalogue order
 */
public record CriterionResult(String criterion, double weight, boolean priority, Map<String, Double> scores,
		List<Reason> reasons) {

	public CriterionResult {
		scores = Map.copyOf(scores);
		reasons = List.copyOf(reasons);
	}

}
