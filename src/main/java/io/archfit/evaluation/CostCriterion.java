package io.archfit.evaluation;

import java.util.List;
import java.util.Map;

/**
 * How the cost model informs the {@code cost} criterion: where the answered monthly
 * volume sits relative to the serverless/monolith break-even of the same workload (the
 * volume at which functions and one provisioned service cost the same), in five bands:
 * <table>
 * <caption>bands</caption>
 * <tr>
 * <th>band</th>
 * <th>volume R against break-even B</th>
 * <th>effects</th>
 * </tr>
 * <tr>
 * <td>0</td>
 * <td>R &lt; B/10 (far below)</td>
 * <td>serverless +2, microservices −1</td>
 * </tr>
 * <tr>
 * <td>1</td>
 * <td>B/10 ≤ R &lt; B/2 (below)</td>
 * <td>serverless +1</td>
 * </tr>
 * <tr>
 * <td>2</td>
 * <td>B/2 ≤ R &lt; 2B (near)</td>
 * <td>none</td>
 * </tr>
 * <tr>
 * <td>3</td>
 * <td>2B ≤ R &lt; 10B (above)</td>
 * <td>monolith +1, serverless −1</td>
 * </tr>
 * <tr>
 * <td>4</td>
 * <td>R ≥ 10B (far above)</td>
 * <td>monolith, microservices, hybrid +1, serverless −2</td>
 * </tr>
 * </table>
 * The band is found without searching for the break-even: R/B ≥ 1/10 exactly when
 * functions cost more than the monolith at 10·R, and so on for 2·R, R/2 and R/10. When
 * the two never cross, functions are cheaper (band 0) or dearer (band 4) at any volume.
 * The effects replace answer-only rules on the volume, so the volume is counted once.
 * Only {@code monthlyRequests}, the run time ({@code avgDurationMs}, else
 * {@code taskDuration}) and {@code memoryMb} move the break-even; an unanswered volume
 * has no effect.
 */
final class CostCriterion {

	/** The reason's rule id; its text is {@code rule.cost-model}. */
	static final String REASON_ID = "cost-model";

	static final String CRITERION = "cost";

	static final String VOLUME = "monthlyRequests";

	static final String DURATION = "avgDurationMs";

	static final String MEMORY = "memoryMb";

	static final String TASK = "taskDuration";

	static final int BANDS = 5;

	/** Multiples of the volume at which functions and the monolith are compared. */
	private static final double[] PROBES = { 10, 2, 0.5, 0.1 };

	/**
	 * The break-even multiples where the bands meet: band b lies above
	 * {@code EDGES[b - 1]·B} and up to {@code EDGES[b]·B}.
	 */
	static final double[] EDGES = { 0.1, 0.5, 2, 10 };

	/** Effects per band. */
	static final List<Map<String, Integer>> EFFECTS = List.of(Map.of("serverless", 2, "microservices", -1),
			Map.of("serverless", 1), Map.of(), Map.of("monolith", 1, "serverless", -1),
			Map.of("monolith", 1, "microservices", 1, "hybrid", 1, "serverless", -2));

	private static final CostModel MODEL = new CostModel();

	private CostCriterion() {
	}

	/**
	 * The band of a workload.
	 * @param inputs the workload, with the answered volume
	 * @param assumptions the prices and sizes
	 * @return 0 (far below the break-even) … 4 (far above)
	 */
	static int band(CostInputs inputs, CostAssumptions assumptions) {
		double volume = inputs.requestsPerMonth();
		int band = 0;
		for (double probe : PROBES) {
			double at = volume * probe;
			if (MODEL.serverlessMinusMonolith(at, inputs, assumptions) > 0) {
				band++;
			}
		}
		return band;
	}

}
