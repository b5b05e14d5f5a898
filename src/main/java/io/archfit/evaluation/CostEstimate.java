package io.archfit.evaluation;

import java.util.List;

/**
 * The monthly cost of each architecture at the assessment's volume.
 *
 * @param estimates one per architecture, in catalogue order
 * @param breakEvenRequestsPerMonth the monthly volume at which serverless and monolith
 * cost the same, other answers held; null when they never cross
 * @param assumptions the prices and sizes used
 */
public record CostEstimate(List<ArchitectureCost> estimates, Double breakEvenRequestsPerMonth,
		CostAssumptions assumptions) {

	public CostEstimate {
		estimates = List.copyOf(estimates);
	}

}
