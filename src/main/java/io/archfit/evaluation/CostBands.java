package io.archfit.evaluation;

import java.util.List;
import java.util.Map;

/**
 * How the cost model moves the cost criterion: where the answered monthly volume R sits
 * relative to the break-even B between the functions-hosted and the one-service
 * architecture (the volume at which both cost the same for the same workload), in the
 * catalogue's bands. In the built-in catalogue:
 * <table>
 * <caption>bands of v1</caption>
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
 * The band is found without searching for the break-even: R/B ≥ e exactly when functions
 * cost more than one service at R/e, for each band edge e. When the two never cross,
 * functions are cheaper (the lowest band) or dearer (the highest) at any volume. The
 * effects replace answer-only rules on the volume, so the volume is counted once. Only
 * the volume, the run time (or the choice standing for it) and the memory move the band;
 * an unanswered volume has no band. Immutable; compiled by {@link CostBandCompiler}.
 */
final class CostBands {

	/** The cost model the bands come from. */
	final CostModel model;

	/** The criterion the bands move, or -1 when the catalogue's cost model moves none. */
	final int criterion;

	/** The number of bands (0 when none). */
	final int count;

	/** The break-even multiples where the bands meet, lowest first. */
	final double[] edges;

	/** The volume multiples at which the two costs are compared: 1 / edge. */
	private final double[] probes;

	/** Effects per band and architecture. */
	final int[][] effects;

	/** The non-zero effects per band, by architecture id, for reasons. */
	final List<Map<String, Integer>> reasonEffects;

	/**
	 * Per band: how far it lifts the spill-over's receiver while spill-over is on (0 when
	 * the band does not spill over).
	 */
	final int[] spills;

	/** The most a change of band (or of having one) moves the spill-over's lift. */
	final int spillReach;

	/**
	 * Per architecture: the most a change of band (or of having one) moves its cost
	 * criterion.
	 */
	final int[] reach;

	/** Per trait: how its answer moves the band. */
	final CostRole[] roles;

	/** The index of the volume trait, or -1. */
	final int volumeTrait;

	CostBands(CostModel model, int criterion, double[] edges, int[][] effects, List<Map<String, Integer>> reasonEffects,
			int[] spills, CostRole[] roles, int volumeTrait) {
		this.model = model;
		this.criterion = criterion;
		this.count = effects.length;
		this.edges = edges;
		this.probes = new double[edges.length];
		for (int i = 0; i < edges.length; i++) {
			this.probes[edges.length - 1 - i] = 1.0 / edges[i];
		}
		this.effects = effects;
		this.reasonEffects = reasonEffects;
		this.spills = spills;
		int most = 0;
		for (int lift : spills) {
			most = Math.max(most, Math.abs(lift));
		}
		this.spillReach = most;
		this.roles = roles;
		this.volumeTrait = volumeTrait;
		int architectures = (effects.length > 0) ? effects[0].length : 0;
		this.reach = new int[architectures];
		for (int a = 0; a < architectures; a++) {
			int low = 0;
			int high = 0;
			for (int[] band : effects) {
				low = Math.min(low, band[a]);
				high = Math.max(high, band[a]);
			}
			this.reach[a] = high - low;
		}
	}

	/** Whether the cost model moves a criterion at all. */
	boolean active() {
		return this.criterion >= 0;
	}

	/**
	 * The band of a workload: how many band edges its volume reaches.
	 * @param inputs the workload, with the answered volume
	 * @param assumptions the prices and sizes
	 * @return 0 (the lowest band) … {@code count - 1}
	 */
	int band(CostInputs inputs, CostAssumptions assumptions) {
		return band(inputs.requestsPerMonth(), this.model.functionsMinusOneService(inputs, assumptions));
	}

	/**
	 * The band of a volume, given functions minus one service for the rest of the
	 * workload (which the volume does not change).
	 */
	int band(double volume, HostingCosts.Difference difference) {
		int band = 0;
		for (double probe : this.probes) {
			if (difference.at(volume * probe) > 0) {
				band++;
			}
		}
		return band;
	}

	/** The effect of a band on an architecture (0 for no band). */
	int effectOf(int band, int architecture) {
		return (band >= 0) ? this.effects[band][architecture] : 0;
	}

	/** The spill-over lift of a band (0 for no band). */
	int spillOf(int band) {
		return (band >= 0) ? this.spills[band] : 0;
	}

}
