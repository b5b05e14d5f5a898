package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CostModelSpec;
import io.archfit.catalogue.CostModelSpec.Figure;
import io.archfit.catalogue.CostModelSpec.Hosting;

/**
 * The monthly cost of running the application as each architecture, from the answers and
 * the editable {@link CostAssumptions}. Which architecture is hosted how, which answers
 * give the workload figures, and which parts beyond the hosting are priced come from the
 * catalogue ({@link CostModelSpec}). Immutable and thread-safe; every figure is plain
 * arithmetic ({@link HostingCosts}), so the evaluator can call it freely for tipping
 * points and charts.
 *
 * The formulas of each hosting, and of the parts a catalogue may declare beyond it
 * (platform, internal calls, people), are in {@link HostingCosts}. The infrastructure
 * figure ({@link ArchitectureCost#monthlyUsd()}) is the hosting with platform and
 * internal calls; the total of ownership adds people
 * ({@link #totalMonthlyUsd(ArchitectureCost)}). Every figure is non-decreasing in R and
 * in the number of services and calls, and finite from 0 to beyond 10<sup>11</sup>
 * requests a month.
 */
public final class CostModel {

	/** Breakdown part names of the hosting, present in every estimate. */
	public static final List<String> PARTS = List.of("requests", "compute", "gateway", "idleCapacity", "loadBalancer");

	/** The platform part's name (infrastructure). */
	public static final String PLATFORM = "platform";

	/** The internal calls part's name (infrastructure). */
	public static final String INTERNAL_CALLS = "internalCalls";

	/** The people part's name (not infrastructure: the total of ownership adds it). */
	public static final String PEOPLE = "people";

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

	private final HostingCosts.Declared declared;

	private final List<String> parts;

	private final boolean bandsUseTotal;

	private final KeptBreakEvens breakEvens = new KeptBreakEvens();

	private CostModel(CostModelSpec spec) {
		this.spec = spec;
		this.architectures = List.copyOf(spec.hosting().keySet());
		this.hosting = spec.hosting().values().toArray(Hosting[]::new);
		this.functions = spec.functions().orElse(null);
		this.oneService = spec.oneService().orElse(null);
		this.declared = new HostingCosts.Declared(spec.platform() != null, spec.internalCalls() != null,
				spec.people() != null);
		List<String> names = new ArrayList<>(PARTS);
		if (this.declared.platform()) {
			names.add(PLATFORM);
		}
		if (this.declared.internalCalls()) {
			names.add(INTERNAL_CALLS);
		}
		this.parts = List.copyOf(names);
		this.bandsUseTotal = spec.bandsFigure() == Figure.TOTAL;
	}

	/** The cost model of a catalogue; IllegalArgumentException when it has none. */
	public static CostModel of(Catalogue catalogue) {
		return new CostModel(catalogue.costModel()
			.orElseThrow(
					() -> new IllegalArgumentException("Catalogue " + catalogue.version() + " has no cost model")));
	}

	/** The architectures it estimates, in the catalogue's order. */
	public List<String> architectures() {
		return this.architectures;
	}

	/**
	 * The infrastructure parts of its estimates: {@link #PARTS}, then {@link #PLATFORM}
	 * and {@link #INTERNAL_CALLS} when the catalogue declares them.
	 */
	public List<String> parts() {
		return this.parts;
	}

	/** Whether the estimates price people ({@link #PEOPLE} in the breakdown). */
	public boolean pricesPeople() {
		return this.declared.people();
	}

	/** The figure the cost criterion's bands compare (see {@link #monthlyUsd}). */
	public Figure bandsFigure() {
		return this.bandsUseTotal ? Figure.TOTAL : Figure.INFRASTRUCTURE;
	}

	/**
	 * The assumption names this model uses: {@link CostAssumptions#NAMES}, then those of
	 * the parts the catalogue declares, in the order of
	 * {@link CostAssumptions#ALL_NAMES}.
	 */
	public List<String> assumptionNames() {
		List<String> names = new ArrayList<>(CostAssumptions.NAMES);
		List<String> declared = this.spec.partAssumptions();
		for (String name : CostAssumptions.OWNERSHIP_NAMES) {
			if (declared.contains(name) || (name.equals("internalCallsPerRequest") && this.declared.internalCalls())) {
				names.add(name);
			}
		}
		return List.copyOf(names);
	}

	/** The architecture hosted as functions, or null (one side of the break-even). */
	public String functionsArchitecture() {
		return this.functions;
	}

	/** The architecture hosted as one service, or null (the break-even's other side). */
	public String oneServiceArchitecture() {
		return this.oneService;
	}

	/** How an architecture is hosted. */
	public Hosting hosting(String architecture) {
		return this.hosting[architectureIndex(architecture)];
	}

	/**
	 * The workload figures for a set of answers, each from the answer the catalogue
	 * names, else the option that stands in for it, else the catalogue's default.
	 * @param answers the answers
	 * @param assumptions the assumptions (their {@code servicesCount} and
	 * {@code internalCallsPerRequest}, when set, win)
	 * @return the inputs
	 */
	public CostInputs inputs(Answers answers, CostAssumptions assumptions) {
		return CostInputs.of(this.spec, answers, assumptions);
	}

	/** The run time a choice stands for (the catalogue's default for none). */
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
	 * break-even of infrastructure. Unanswered traits take the catalogue's defaults (see
	 * {@link #inputs(Answers, CostAssumptions)}).
	 * @param answers the answers
	 * @param assumptions the prices and sizes
	 * @return estimates in the catalogue's order
	 */
	public CostEstimate estimate(Answers answers, CostAssumptions assumptions) {
		return estimate(inputs(answers, assumptions), assumptions);
	}

	/** Estimates every architecture for resolved inputs, in the catalogue's order. */
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
	 * @return the estimate: {@code monthlyUsd} is infrastructure, the sum of the parts of
	 * {@link #parts()}; the breakdown also holds {@link #PEOPLE} when
	 * {@link #pricesPeople()}
	 */
	public ArchitectureCost cost(String architecture, CostInputs inputs, CostAssumptions assumptions) {
		HostingCosts.Parts parts = new HostingCosts.Parts();
		double infrastructure = HostingCosts.architecture(this.hosting[architectureIndex(architecture)], parts,
				volume(inputs.requestsPerMonth()), inputs, assumptions, this.declared, false);
		Map<String, Double> breakdown = new LinkedHashMap<>();
		breakdown.put("requests", parts.requests);
		breakdown.put("compute", parts.compute);
		breakdown.put("gateway", parts.gateway);
		breakdown.put("idleCapacity", parts.idleCapacity);
		breakdown.put("loadBalancer", parts.loadBalancer);
		if (this.declared.platform()) {
			breakdown.put(PLATFORM, parts.platform);
		}
		if (this.declared.internalCalls()) {
			breakdown.put(INTERNAL_CALLS, parts.internalCalls);
		}
		if (this.declared.people()) {
			breakdown.put(PEOPLE, parts.people);
		}
		return new ArchitectureCost(architecture, infrastructure, breakdown);
	}

	/** An estimate's total of ownership: infrastructure and, if priced, people. */
	public static double totalMonthlyUsd(ArchitectureCost cost) {
		return cost.monthlyUsd() + cost.breakdown().getOrDefault(PEOPLE, 0.0);
	}

	/**
	 * The engineer-hours a month that run an architecture (0 when people are unpriced).
	 */
	public double peopleHours(String architecture, CostInputs inputs, CostAssumptions a) {
		return this.declared.people() ? HostingCosts.hours(this.hosting[architectureIndex(architecture)], inputs, a)
				: 0;
	}

	/**
	 * One architecture's monthly figure at a given volume, the other inputs held: the
	 * figure the cost criterion's bands compare ({@link #bandsFigure()}), that is
	 * infrastructure, or the total of ownership where the catalogue says so.
	 * @param architecture an id of {@link #architectures()}
	 * @param requestsPerMonth the volume (negative counts as 0)
	 * @param inputs the rest of the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return US dollars a month
	 */
	public double monthlyUsd(String architecture, double requestsPerMonth, CostInputs inputs,
			CostAssumptions assumptions) {
		return monthlyUsd(architecture, requestsPerMonth, inputs, assumptions, bandsFigure());
	}

	/**
	 * One architecture's infrastructure or total of ownership, in US dollars a month, at
	 * a volume (negative counts as 0), the other inputs held.
	 */
	public double monthlyUsd(String architecture, double requestsPerMonth, CostInputs inputs,
			CostAssumptions assumptions, Figure figure) {
		return HostingCosts.architecture(this.hosting[architectureIndex(architecture)], null, volume(requestsPerMonth),
				inputs, assumptions, this.declared, figure == Figure.TOTAL);
	}

	/**
	 * Functions minus one service for a workload and prices, at any volume, in the figure
	 * the bands compare: the sign tells which side of their break-even a volume is on.
	 * The same arithmetic as {@link #monthlyUsd}, with the work that does not depend on
	 * the volume done once.
	 */
	HostingCosts.Difference functionsMinusOneService(CostInputs inputs, CostAssumptions assumptions) {
		return new HostingCosts.Difference(inputs, assumptions, this.declared, this.bandsUseTotal);
	}

	private double difference(double requestsPerMonth, CostInputs inputs, CostAssumptions assumptions, boolean total) {
		double volume = volume(requestsPerMonth);
		return HostingCosts.architecture(Hosting.FUNCTIONS, null, volume, inputs, assumptions, this.declared, total)
				- HostingCosts.architecture(Hosting.ONE_SERVICE, null, volume, inputs, assumptions, this.declared,
						total);
	}

	private static double volume(double requestsPerMonth) {
		return (requestsPerMonth > 0) ? requestsPerMonth : 0;
	}

	/**
	 * The chart line of one architecture in the bands' figure: {@value #CURVE_POINTS}
	 * log-spaced points from 10 thousand to 10 billion requests a month.
	 */
	public List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions) {
		return curve(architecture, inputs, assumptions, CURVE_MIN, CURVE_MAX, CURVE_POINTS, bandsFigure());
	}

	/** The chart line of one architecture in a figure, on the default volumes. */
	public List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions, Figure figure) {
		return curve(architecture, inputs, assumptions, CURVE_MIN, CURVE_MAX, CURVE_POINTS, figure);
	}

	/**
	 * A chart line of one architecture in the bands' figure over {@code points} (≥ 2)
	 * log-spaced volumes from {@code from} (&gt; 0) to {@code to} (≥ from), by increasing
	 * volume; the inputs' own volume is ignored.
	 */
	public List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions, double from,
			double to, int points) {
		return curve(architecture, inputs, assumptions, from, to, points, bandsFigure());
	}

	private List<CostPoint> curve(String architecture, CostInputs inputs, CostAssumptions assumptions, double from,
			double to, int points, Figure figure) {
		return CostCurves.logSpaced(from, to, points,
				(volume) -> monthlyUsd(architecture, volume, inputs, assumptions, figure));
	}

	/** The default chart lines of all architectures in the bands' figure, by id. */
	public Map<String, List<CostPoint>> curves(CostInputs inputs, CostAssumptions assumptions) {
		Map<String, List<CostPoint>> curves = new LinkedHashMap<>();
		for (String architecture : this.architectures) {
			curves.put(architecture, curve(architecture, inputs, assumptions));
		}
		return curves;
	}

	/**
	 * The break-even of infrastructure: see
	 * {@link #breakEven(Figure, CostInputs, CostAssumptions)}.
	 */
	public Double breakEven(CostInputs inputs, CostAssumptions assumptions) {
		return breakEven(Figure.INFRASTRUCTURE, inputs, assumptions);
	}

	/**
	 * The monthly volume at which the functions-hosted and the one-service architecture
	 * cost the same in a figure (infrastructure, or the total of ownership), the other
	 * inputs held; see {@link BreakEvenSearch}.
	 * @return the volume, or null when they do not cross in that range or the catalogue
	 * hosts no architecture in one of the two ways
	 */
	public Double breakEven(Figure figure, CostInputs inputs, CostAssumptions assumptions) {
		if (this.functions == null || this.oneService == null) {
			return null;
		}
		boolean total = figure == Figure.TOTAL;
		return this.breakEvens.get(total, inputs, assumptions,
				() -> BreakEvenSearch.lowestCrossing((volume) -> difference(volume, inputs, assumptions, total)));
	}

	/**
	 * The lowest monthly volume at which two architectures' costs cross in the bands'
	 * figure, the other inputs held (see {@link BreakEvenSearch}). Costs that only touch,
	 * or are equal throughout, do not cross.
	 * @param first an id of {@link #architectures()}
	 * @param second another id
	 * @param inputs the workload (its volume is ignored)
	 * @param assumptions the prices and sizes
	 * @return the volume, or null when they do not cross in that range
	 */
	public Double breakEven(String first, String second, CostInputs inputs, CostAssumptions assumptions) {
		architectureIndex(first);
		architectureIndex(second);
		if (first.equals(this.functions) && second.equals(this.oneService)) {
			return BreakEvenSearch
				.lowestCrossing((volume) -> difference(volume, inputs, assumptions, this.bandsUseTotal));
		}
		return BreakEvenSearch.lowestCrossing((volume) -> monthlyUsd(first, volume, inputs, assumptions)
				- monthlyUsd(second, volume, inputs, assumptions));
	}

	private int architectureIndex(String architecture) {
		int index = this.architectures.indexOf(architecture);
		if (index < 0) {
			throw new IllegalArgumentException("Unknown architecture '" + architecture + "'");
		}
		return index;
	}

}
