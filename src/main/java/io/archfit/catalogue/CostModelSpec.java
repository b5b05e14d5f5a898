package io.archfit.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a catalogue wires the cost model to its architectures and traits: how each
 * architecture is hosted, which answers give the workload figures, and how the volume's
 * place relative to the break-even moves the cost criterion.
 *
 * @param criterion the criterion the cost model moves
 * @param hosting architecture id to how it is hosted, in the order of the estimates
 * @param requests the monthly volume
 * @param duration the average run time of a request in milliseconds
 * @param memory the memory of a unit of work in MB
 * @param peakToAverage the peak-to-average load ratio
 * @param services the number of services of a services system
 * @param bands the bands of the volume relative to the break-even between the
 * functions-hosted and the one-service architecture, lowest first; each band but the last
 * ends below a multiple of the break-even
 * @param sources ids of the references the bands rest on
 */
public record CostModelSpec(String criterion, Map<String, Hosting> hosting, CostInput requests, CostInput duration,
		CostInput memory, CostInput peakToAverage, CostInput services, List<CostBand> bands, List<String> sources) {

	public CostModelSpec {
		hosting = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hosting));
		bands = List.copyOf(bands);
		sources = List.copyOf(sources);
	}

	/** The architecture hosted as functions (one side of the break-even). */
	public Optional<String> functions() {
		return hosted(Hosting.FUNCTIONS);
	}

	/** The architecture hosted as one service (the other side of the break-even). */
	public Optional<String> oneService() {
		return hosted(Hosting.ONE_SERVICE);
	}

	private Optional<String> hosted(Hosting kind) {
		return this.hosting.entrySet().stream().filter((e) -> e.getValue() == kind).map(Map.Entry::getKey).findFirst();
	}

	/** How an architecture runs, for the cost model. */
	public enum Hosting {

		/** One service on provisioned containers. */
		ONE_SERVICE("one-service"),

		/**
		 * Several services on provisioned containers, each with its own minimum of tasks.
		 */
		SERVICES("services"),

		/** Functions billed per invocation and GB-second. */
		FUNCTIONS("functions"),

		/**
		 * A core of services on containers taking the steady load, functions the bursts.
		 */
		SERVICES_AND_FUNCTIONS("services-and-functions");

		private final String id;

		Hosting(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<Hosting> of(String id) {
			for (Hosting hosting : values()) {
				if (hosting.id.equals(id)) {
					return Optional.of(hosting);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * Where one workload figure comes from: a numeric trait's answer; else, when given,
	 * the number a choice trait's answer stands for; else the default.
	 *
	 * @param trait the numeric trait answered with the figure itself (may be null)
	 * @param from the choice trait that stands in for it (may be null)
	 * @param fromValues the figure per option of {@code from}
	 * @param defaultValue the figure when neither is answered
	 */
	public record CostInput(String trait, String from, Map<String, Double> fromValues, double defaultValue) {

		public CostInput {
			fromValues = Map.copyOf(fromValues);
		}

	}

	/**
	 * One band of the volume relative to the break-even.
	 *
	 * @param below the multiple of the break-even where the band ends (null for the last)
	 * @param effects architecture id to its effect on the cost criterion in this band
	 */
	public record CostBand(Double below, Map<String, Integer> effects) {

		public CostBand {
			effects = Map.copyOf(effects);
		}

	}

}
