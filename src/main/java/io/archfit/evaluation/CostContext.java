package io.archfit.evaluation;

import java.util.HashMap;
import java.util.Map;

/**
 * The cost model's view of one evaluation: the workload, the prices, the band of the
 * volume and the break-even; and the band after changing one of the inputs that move it,
 * for tipping points.
 */
final class CostContext {

	final CostBands bands;

	final CostAssumptions assumptions;

	final CostInputs inputs;

	/** The band, or -1 when the volume is unanswered (no effect). */
	final int band;

	final boolean volumeAnswered;

	final boolean durationAnswered;

	/** The answered choice that stands for the run time (null when unanswered). */
	final String durationChoice;

	/** The break-even volume, or null when the costs do not cross. */
	final Double breakEven;

	/**
	 * Functions minus one service for this workload at any volume, made when a band is
	 * first asked for at another volume.
	 */
	private HostingCosts.Difference volumeFree;

	/** Sampled bands per cost input and region, taken when first needed. */
	private final Map<String, BandSearch> searches = new HashMap<>();

	CostContext(CostBands bands, CostAssumptions assumptions, CostInputs inputs, int band, boolean volumeAnswered,
			boolean durationAnswered, String durationChoice, Double breakEven) {
		this.bands = bands;
		this.assumptions = assumptions;
		this.inputs = inputs;
		this.band = band;
		this.volumeAnswered = volumeAnswered;
		this.durationAnswered = durationAnswered;
		this.durationChoice = durationChoice;
		this.breakEven = breakEven;
	}

	/** The band after answering a cost input differently (null: not sure). */
	int bandWith(CostRole role, String value) {
		if (role == CostRole.VOLUME) {
			return (value != null) ? bandAt(role, Double.parseDouble(value)) : -1;
		}
		if (!this.volumeAnswered) {
			return -1;
		}
		return switch (role) {
			case DURATION, MEMORY -> bandAt(role, (value != null) ? Double.parseDouble(value) : -1);
			case DURATION_CHOICE -> this.durationAnswered ? this.band
					: this.bands.band(withDuration(this.bands.model.durationFor(value)), this.assumptions);
			default -> this.band;
		};
	}

	/** The band with a numeric cost input set to a value (negative: its default). */
	int bandAt(CostRole role, double value) {
		if (role == CostRole.VOLUME) {
			if (this.volumeFree == null) {
				this.volumeFree = this.bands.model.functionsMinusOneService(this.inputs, this.assumptions);
			}
			return this.bands.band(Math.max(0, value), this.volumeFree);
		}
		CostInputs changed = switch (role) {
			case DURATION -> withDuration((value >= 0) ? value : this.bands.model.durationFor(this.durationChoice));
			case MEMORY -> this.inputs.withMemoryMb((value >= 0) ? value : this.bands.model.defaultMemory());
			default -> this.inputs;
		};
		return this.bands.band(changed, this.assumptions);
	}

	private CostInputs withDuration(double durationMs) {
		return this.inputs.withAvgDurationMs(durationMs);
	}

	/**
	 * The value of a numeric cost input nearest to {@code current} that lies in a region
	 * and reaches a band, as answer text; null when none does. For the volume the band
	 * edges follow from the break-even; otherwise (and when the costs cross more than
	 * once) the region is sampled on a log scale and the step next to the nearest hit is
	 * narrowed by bisection (see {@link BandSearch}).
	 */
	String nearest(CostRole role, CompiledTrait trait, Region region, int band, double current) {
		boolean integer = trait.isInteger();
		double low = region.lowest(integer);
		double high = region.highest(integer);
		if (high < low) {
			return null;
		}
		if (role == CostRole.VOLUME && integer && this.breakEven != null) {
			String edge = volumeAtEdge(band, Double.isNaN(current) ? this.bands.model.defaultRequests() : current, low,
					high);
			if (edge != null) {
				return edge;
			}
		}
		BandSearch search = this.searches.computeIfAbsent(role + ":" + region,
				(key) -> new BandSearch((x) -> bandAt(role, x), integer, low, high));
		Double hit = search.nearest(band, current);
		if (hit == null) {
			return null;
		}
		String text = trait.number(hit);
		double back = Double.parseDouble(text);
		return (back >= low && back <= high && bandAt(role, back) == band) ? text : null;
	}

	/**
	 * The whole volume nearest to {@code current} in a band, from the break-even (exact
	 * when the costs cross once); null when the check fails.
	 */
	private String volumeAtEdge(int band, double current, double low, double high) {
		double[] edges = this.bands.edges;
		double from = (band > 0) ? this.breakEven * edges[band - 1] : low;
		double to = (band < edges.length) ? this.breakEven * edges[band] : high;
		double target = Math.min(Math.max(current, from), to);
		double start = Math.max(low, Math.min(high, Math.rint(target)));
		for (int step = 0; step <= 3; step++) {
			for (double candidate : new double[] { start + step, start - step }) {
				if (candidate >= low && candidate <= high && bandAt(CostRole.VOLUME, candidate) == band) {
					boolean nearest = candidate == current
							|| bandAt(CostRole.VOLUME, candidate + Math.signum(current - candidate)) != band;
					return nearest ? Long.toString((long) candidate) : null;
				}
			}
		}
		return null;
	}

}
