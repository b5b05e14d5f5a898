package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CostModelSpec;
import io.archfit.catalogue.CostModelSpec.Hosting;

/**
 * The monthly cost of running the application as each architecture, from the answers and
 * the editable {@link CostAssumptions}. Which architecture is hosted how, and which
 * answers give the workload figures, come from the catalogue ({@link CostModelSpec}).
 * Immutable and thread-safe; every figure is plain arithmetic, so the evaluator can call
 * it freely for tipping points and charts.
 *
 * <h2>Functions ({@code functions} hosting)</h2> For R requests a month of d seconds at m
 * GB: <pre>
 * requests = max(0, R − freeRequests) · faasRequestPerMillionUsd / 10⁶
 * compute  = max(0, R·d·m − freeGbSeconds) · faasGbSecondUsd
 * gateway  = R · gatewayPerMillionUsd / 10⁶
 * </pre> There is no idle capacity and no load balancer: functions scale to zero. Memory
 * is billed in GB of 1 024 MB.
 *
 * <h2>Containers ({@code one-service}, {@code services}, the core of
 * {@code services-and-functions})</h2> A task of v vCPU and g GB at target utilisation u
 * handles κ = v·u / cpu_s requests a second, with cpu_s = cpuShare · d CPU seconds per
 * request. A task costs 730 h · (v · vcpuHourUsd + g · gbHourUsd) a month. The fleet
 * autoscales on the average load with 1.25 headroom, so the average number of tasks
 * (which may be fractional, as an average over the month) is <pre>
 * tasks = max(k · minTasks, 1.25 · R / (2 628 000 s · κ))
 * </pre> for k services. One load balancer (path routing for several services) is added
 * per system. The provisioned task cost is split in two:
 * <ul>
 * <li>{@code compute} – the task time the requests actually keep busy, R · cpu_s / (2 628
 * 000 s · v) tasks, priced like a task (its memory included);</li>
 * <li>{@code idleCapacity} – the rest: the availability floor, the utilisation target and
 * the autoscaling headroom. Because 1.25 / u ≥ 1, it is never negative.</li>
 * </ul>
 * {@code requests} and {@code gateway} are 0 for containers.
 *
 * <h2>The hostings</h2>
 * <ul>
 * <li>{@code one-service} – one service (k = 1).</li>
 * <li>{@code services} – k services ({@link CostInputs#servicesCount()}), each request
 * handled by one of them and the load split evenly, so the idle floor is k · minTasks
 * tasks while the load-driven part equals one service's. Calls between services are not
 * charged.</li>
 * <li>{@code services-and-functions} – a steady core of ⌈k / 2⌉ services in containers
 * plus the bursty share on functions. With a peak-to-average ratio P, the bursty share of
 * the traffic is 1 − 1/P (exact for on/off traffic: the volume above the average rate),
 * so the core takes R/P and functions take R · (1 − 1/P), with the free tier and the
 * gateway price applied to them. Parts add up: {@code compute} holds the container and
 * the function compute.</li>
 * </ul>
 * Every total is non-decreasing in R and finite from 0 to beyond 10<sup>11</sup> requests
 * a month.
 */
public final class CostModel {

	/** Breakdown part names. */
	public static final List<String> PARTS = List.of("requests", "compute", "gateway", "idleCapacity", "loadBalancer");

	/** Hours billed in a month. */
	public static final double HOURS_PER_MONTH = 730;

	/** Seconds in a month of 730 hours. */
	public static final double SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

	/** Autoscaling headroom over the average load. */
	public static final double AUTOSCALING_HEADROOM = 1.25;

	/** Lowest volume of the break-even search. */
	public static final double BREAK_EVEN_MIN = 1;

	/** Highest volume of the break-even search. */
	public static final double BREAK_EVEN_MAX = 1e11;

	/** Lowest volume of the default chart. */
	public static final double CURVE_MIN = 1e4;

	/** Highest volume of the default chart. */
	public static final double CURVE_MAX = 1e10;

	/** Points of the default chart per architecture (10 a decade). */
	public static final int CURVE_POINTS = 61;

	private final CostModelSpec spec;

	private final List<String> architectures;

	private final Hosting[] hosting;

	private final String functions;

	private final String oneService;

	private CostModel(CostModelSpec spec) {
		this.spec = spec;
		this.architectures = List.copyOf(spec.hosting().keySet());
		this.hosting = spec.hosting().values().toArray(Hosting[]::new);
		this.functions = spec.functions().orElse(null);
		this.oneService = spec.oneService().orElse(null);
	}

	/**
	 * The cost model of a catalogue.
	 * @throws IllegalArgumentException when the catalogue has no cost model
	 */
	public static CostModel of(Catalogue catalogue) {
		return new CostModel(catalogue.costModel()
			.orElseThrow(
					() -> new IllegalArgumentException("Catalogue " + catalogue.version() + " has no cost model")));
	}

	/** The architectures it estimates, in the catalogue's order. */
	public List<String> architectures() {
		return this.architectures;
	}

	/** The architecture hosted as functions, or null (one side of the break-even). */
	public String functionsArchitecture() {
		return this.functions;
	}

	/**
	 * The architecture hosted as one service, or null (the other side of the break-even).
	 */
	public String oneServiceArchitecture() {
		return this.oneService;
	}

	/**
	 * The workload figures for a set of answers, each from the answer the catalogue
	 * names, else the option that stands in for it, else the catalogue's default.
	 * @param answers the answers
	 * @param assumptions the assumptions (their {@code servicesCount}, when set, wins)
	 * @return the inputs
	 */
	public CostInputs inputs(Answers answers, CostAssumptions assumptions) {
		double requests = Math.max(0, CostInputs.resolve(this.spec.requests(), answers));
		double duration = CostInputs.resolve(this.spec.duration(), answers);
		double memory = CostInputs.resolve(this.spec.memory(), answers);
		double peak = Math.max(1, CostInputs.resolve(this.spec.peakToAverage(), answers));
		int services = (assumptions.servicesCount() != null) ? Math.max(1, assumptions.servicesCount())
				: (int) CostInputs.resolve(this.spec.services(), answers);
		return new CostInputs(requests, duration, memory, peak, services);
	}

	/**
	 * The run time a choice stands for (the catalogue's default for null or no choice).
	 */
	double durationFor(String choice) {
		CostModelSpec.CostInput duration = this.spec.duration();
		Double value = (choice != null) ? duration.fromValues().get(choice) : null;
		return (value != null) ? value : duration.defaultValue();
	}

	/** The memory the catalogue assumes when it is unanswered. */
	double defaultMemory() {
		return this.spec.memory().defaultValue();
	}

	/** The volume the catalogue assumes when it is unanswered. */
	double defaultRequests() {
		return this.spec.requests().defaultValue();
	}

	CostModelSpec spec() {
		return this.spec;
	}

	/**
	 * Estimates every architecture at the answered volume, with the functions/one-service
	 * break-even. Unanswered traits take the catalogue's defaults (see
	 * {@link #inputs(Answers, CostAssumptions)}).
	 * @param answers the answers
	 * @param assumptions the prices and sizes
	 * @return estimates in the catalogue's order
	 */
	public CostEstimate estimate(Answers answers, CostAssumptions assumptions) {
		return estimate(inputs(answers, assumptions), assumptions);
	}

	/**
	 * Estimates every architecture for resolved inputs.
	 * @param inputs the workload
	 * @param assumptions the prices and sizes
	 * @return estimates in the catalogue's order
	 */
	public CostEstimate estimate(CostInputs inputs, CostAssumptions assumptions) {
		List<ArchitectureCost> estimates = new ArrayList<>(this.architectures.size());
		for (String architecture : this.architectures) {
			estimates.add(cost(architecture, inputs, assumptions));
		}
		return new CostEstimate(estimates, breakEven(inputs, assumptions), assumptions);
	}

	/**
	 * One architecture's estimate with its breakdown, at the inputs' volume.
	 * @param architecture an id of {@link #architectures()}
	 * @param inputs the workload
	 * @param assumptions the prices and sizes
	 * @return the estimate; every part of {@link #PARTS} is present
	 */
	public ArchitectureCost cost(String architecture, CostInputs inputs, CostAssumptions assumptions) {
		HostingCosts.Parts parts = parts(architecture, inputs.requestsPerMonth(), inputs, assumptions);
		return new ArchitectureCost(architecture, parts.total(),
				Map.of("requests", parts.requests, "compute", parts.compute, "gateway", parts.gateway, "idleCapacity",
						parts.idleCapacity, "loadBalancer", parts.loadBalancer));
	}

	/**
	 * One architecture's monthly total at a given volume, the other inputs held.
	 * @param architecture an id of {@link #architectures()}
	 * @param requestsPerMonth the volume (negative counts as 0)
	 * @param inputs the rest of the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return US dollars a month
	 */
	public double monthlyUsd(String architecture, double requestsPerMonth, CostInputs inputs,
			CostAssumptions assumptions) {
		return parts(architecture, requestsPerMonth, inputs, assumptions).total();
	}

	/**
	 * Functions minus one service at a volume, the other inputs held: the sign tells
	 * which side of their break-even the volume is on. The same arithmetic as
	 * {@link #monthlyUsd}, without looking the architectures up.
	 */
	double functionsMinusOneService(double requestsPerMonth, CostInputs inputs, CostAssumptions assumptions) {
		double volume = (requestsPerMonth > 0) ? requestsPerMonth : 0;
		HostingCosts.Parts functions = new HostingCosts.Parts();
		HostingCosts.functions(functions, volume, inputs, assumptions);
		HostingCosts.Parts oneService = new HostingCosts.Parts();
		HostingCosts.containers(oneService, volume, 1, inputs, assumptions);
		return functions.total() - oneService.total();
	}

	/**
	 * The chart line of one architecture: {@value #CURVE_POINTS} log-spaced points from
	 * 10 thousand to 10 billion requests a month.
	 * @param architecture an id of {@link #architectures()}
	 * @param inputs the rest of the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return the points, by increasing volume
	 */
	public List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions) {
		return curve(architecture, inputs, assumptions, CURVE_MIN, CURVE_MAX, CURVE_POINTS);
	}

	/**
	 * A chart line of one architecture over log-spaced volumes.
	 * @param architecture an id of {@link #architectures()}
	 * @param inputs the rest of the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @param from the lowest volume (&gt; 0)
	 * @param to the highest volume (≥ from)
	 * @param points the number of points (≥ 2)
	 * @return the points, by increasing volume, the first at {@code from} and the last at
	 * {@code to}
	 */
	public List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions, double from,
			double to, int points) {
		if (!(from > 0) || !(to >= from) || !Double.isFinite(to) || points < 2) {
			throw new IllegalArgumentException("A curve needs 0 < from <= to and at least 2 points");
		}
		double lo = Math.log10(from);
		double hi = Math.log10(to);
		List<CostPoint> curve = new ArrayList<>(points);
		for (int i = 0; i < points; i++) {
			double volume = (i == 0) ? from : (i == points - 1) ? to : Math.pow(10, lo + (hi - lo) * i / (points - 1));
			curve.add(new CostPoint(volume, monthlyUsd(architecture, volume, inputs, assumptions)));
		}
		return List.copyOf(curve);
	}

	/**
	 * The default chart lines of all architectures.
	 * @param inputs the rest of the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return architecture id to its line, in the order of {@link #architectures()}
	 */
	public Map<String, List<CostPoint>> curves(CostInputs inputs, CostAssumptions assumptions) {
		Map<String, List<CostPoint>> curves = new LinkedHashMap<>();
		for (String architecture : this.architectures) {
			curves.put(architecture, curve(architecture, inputs, assumptions));
		}
		return curves;
	}

	/**
	 * The monthly volume at which the functions-hosted and the one-service architecture
	 * cost the same, the other inputs held.
	 * @param inputs the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return the volume, or null when they do not cross between 1 and 10<sup>11</sup>
	 * requests a month or the catalogue hosts no architecture in one of the two ways
	 * @see #breakEven(String, String, CostInputs, CostAssumptions)
	 */
	public Double breakEven(CostInputs inputs, CostAssumptions assumptions) {
		if (this.functions == null || this.oneService == null) {
			return null;
		}
		return breakEven(this.functions, this.oneService, inputs, assumptions);
	}

	/**
	 * The lowest monthly volume at which two architectures' costs cross, the other inputs
	 * held (see {@link BreakEvenSearch}). Costs that only touch, or are equal throughout,
	 * do not cross.
	 * @param first an id of {@link #architectures()}
	 * @param second another id
	 * @param inputs the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return the volume, or null when they do not cross in that range
	 */
	public Double breakEven(String first, String second, CostInputs inputs, CostAssumptions assumptions) {
		architectureIndex(first);
		architectureIndex(second);
		boolean shortcut = first.equals(this.functions) && second.equals(this.oneService);
		return BreakEvenSearch
			.lowestCrossing((volume) -> shortcut ? functionsMinusOneService(volume, inputs, assumptions)
					: monthlyUsd(first, volume, inputs, assumptions) - monthlyUsd(second, volume, inputs, assumptions));
	}

	private int architectureIndex(String architecture) {
		int index = this.architectures.indexOf(architecture);
		if (index < 0) {
			throw new IllegalArgumentException("Unknown architecture '" + architecture + "'");
		}
		return index;
	}

	private HostingCosts.Parts parts(String architecture, double requestsPerMonth, CostInputs inputs,
			CostAssumptions a) {
		double volume = (requestsPerMonth > 0) ? requestsPerMonth : 0;
		HostingCosts.Parts parts = new HostingCosts.Parts();
		switch (this.hosting[architectureIndex(architecture)]) {
			case ONE_SERVICE -> HostingCosts.containers(parts, volume, 1, inputs, a);
			case SERVICES -> HostingCosts.containers(parts, volume, inputs.servicesCount(), inputs, a);
			case FUNCTIONS -> HostingCosts.functions(parts, volume, inputs, a);
			case SERVICES_AND_FUNCTIONS -> {
				double core = volume / inputs.peakToAverage();
				HostingCosts.containers(parts, core, (inputs.servicesCount() + 1) / 2, inputs, a);
				HostingCosts.functions(parts, Math.max(0, volume - core), inputs, a);
			}
		}
		return parts;
	}

}
