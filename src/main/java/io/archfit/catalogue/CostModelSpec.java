package io.archfit.catalogue;

import java.util.ArrayList;
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
 * @param platform the monthly baseline of a container platform under a services system,
 * or null when the catalogue does not price it
 * @param internalCalls the calls between services per user request, or null when the
 * catalogue does not price them
 * @param people the engineer-hours that run each architecture, or null when the catalogue
 * does not price them
 * @param bandsFigure which monthly figure the bands compare: infrastructure alone, or the
 * total of ownership (infrastructure and people)
 */
public record CostModelSpec(String criterion, Map<String, Hosting> hosting, CostInput requests, CostInput duration,
		CostInput memory, CostInput peakToAverage, CostInput services, List<CostBand> bands, List<String> sources,
		Platform platform, InternalCalls internalCalls, People people, Figure bandsFigure) {

	public CostModelSpec {
		hosting = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(hosting));
		bands = List.copyOf(bands);
		sources = List.copyOf(sources);
		bandsFigure = (bandsFigure != null) ? bandsFigure : Figure.INFRASTRUCTURE;
	}

	/**
	 * A cost model that prices infrastructure only (no platform, internal calls or
	 * people), its bands comparing infrastructure.
	 */
	public CostModelSpec(String criterion, Map<String, Hosting> hosting, CostInput requests, CostInput duration,
			CostInput memory, CostInput peakToAverage, CostInput services, List<CostBand> bands, List<String> sources) {
		this(criterion, hosting, requests, duration, memory, peakToAverage, services, bands, sources, null, null, null,
				Figure.INFRASTRUCTURE);
	}

	/**
	 * The names of the price defaults the declared parts need, beyond those every cost
	 * model needs, in the order of the parts.
	 */
	public List<String> partAssumptions() {
		List<String> names = new ArrayList<>();
		if (this.platform != null) {
			names.addAll(Platform.ASSUMPTIONS);
		}
		if (this.internalCalls != null) {
			names.addAll(InternalCalls.ASSUMPTIONS);
		}
		if (this.people != null) {
			names.addAll(People.ASSUMPTIONS);
		}
		return List.copyOf(names);
	}

	/** Which monthly figure the bands of the cost criterion compare. */
	public enum Figure {

		/** Infrastructure alone: hosting, platform and calls between services. */
		INFRASTRUCTURE("infrastructure"),

		/** The total of ownership: infrastructure and the people who run it. */
		TOTAL("total");

		private final String id;

		Figure(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		public static Optional<Figure> of(String id) {
			for (Figure figure : values()) {
				if (figure.id.equals(id)) {
					return Optional.of(figure);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * The monthly baseline of the container platform under a services system: cluster
	 * control plane, a mesh proxy beside every task, observability per service, and the
	 * logs and traces of the calls between services. The prices are price defaults
	 * ({@link #ASSUMPTIONS}).
	 *
	 * @param taken the date the defaults were taken (ISO)
	 * @param sources ids of the references the part rests on
	 */
	public record Platform(String taken, List<String> sources) {

		/** The price defaults the part needs. */
		public static final List<String> ASSUMPTIONS = List.of("controlPlaneMonthlyUsd", "meshProxyVcpu",
				"observabilityPerServiceMonthlyUsd", "logGbUsd", "logKbPerCall");

		public Platform {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * Calls between services per user request, with their CPU and network cost. The
	 * number of calls of a system of k services is, unless the assessment sets it, the
	 * value for the answer to {@code perRequest}'s trait, at most k − 1 (the assessment's
	 * {@code internalCallsPerRequest}, when set, wins; like the services count it has no
	 * price default).
	 *
	 * @param perRequest the calls per user request by answer
	 * @param taken the date the defaults were taken (ISO)
	 * @param sources ids of the references the part rests on
	 */
	public record InternalCalls(CostInput perRequest, String taken, List<String> sources) {

		/** The price defaults the part needs. */
		public static final List<String> ASSUMPTIONS = List.of("internalCallCpuMs", "internalCallKb", "crossZoneGbUsd",
				"crossZoneShare");

		public InternalCalls {
			sources = List.copyOf(sources);
		}

	}

	/**
	 * The engineer-hours a month that run each architecture: per deployable unit, scaled
	 * by a factor for the team's DevOps maturity, less the share of server management the
	 * provider takes over, priced at a loaded hourly rate. All are estimates.
	 *
	 * @param maturity the factor on the hours by answer (1 for the usual team)
	 * @param taken the date the defaults were taken (ISO)
	 * @param sources ids of the references the part rests on
	 */
	public record People(CostInput maturity, String taken, List<String> sources) {

		/** The price defaults the part needs. */
		public static final List<String> ASSUMPTIONS = List.of("engineerHourUsd", "opsHoursPerUnit",
				"serverManagementShare", "containersProviderShare", "functionsProviderShare");

		public People {
			sources = List.copyOf(sources);
		}

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
