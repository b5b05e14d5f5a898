package io.archfit.evaluation;

import io.archfit.catalogue.CostModelSpec.Hosting;

/**
 * The monthly arithmetic of each way to host work (see {@link CostModel} for the
 * formulas): functions billed per invocation and GB-second; provisioned container tasks
 * sized for the load with a floor for availability; and, where the catalogue declares
 * them ({@link Declared}), the container platform under a services system, the calls
 * between its services and the people who run each architecture. Each method returns the
 * dollars it adds and, when given a {@link Parts}, adds its parts there too; without one
 * it allocates nothing, so the break-even search and the bands stay cheap.
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
 *
 * <h2>The hostings</h2>
 * <ul>
 * <li>{@code one-service} – one service (k = 1).</li>
 * <li>{@code services} – k services ({@link CostInputs#servicesCount()}), each request
 * entering at one of them and the load split evenly, so the idle floor is k · minTasks
 * tasks while the load-driven part equals one service's.</li>
 * <li>{@code services-and-functions} – a steady core of ⌈k / 2⌉ services in containers
 * plus the bursty share on functions. With a peak-to-average ratio P, the bursty share of
 * the traffic is 1 − 1/P (exact for on/off traffic: the volume above the average rate),
 * so the core takes R/P and functions take R · (1 − 1/P), with the free tier and the
 * gateway price applied to them. Parts add up: {@code compute} holds the container and
 * the function compute.</li>
 * </ul>
 *
 * <h2>Parts a catalogue may declare</h2>
 * <ul>
 * <li>{@code internalCalls} – c calls between services per user request (the assessment's
 * figure, else the catalogue's value for the answer, at most k − 1; the core of a hybrid
 * has at most ⌈k/2⌉ − 1 of them). Each costs {@code internalCallCpuMs} of CPU, which the
 * autoscaled fleet must provide (tasks are sized for the requests' and the calls' CPU
 * together; the part is the difference), and {@code internalCallKb} of traffic, of which
 * {@code crossZoneShare} crosses zones at {@code crossZoneGbUsd} a GB.</li>
 * <li>{@code platform} – under a services system (and a hybrid's core): the cluster
 * control plane, a mesh proxy of {@code meshProxyVcpu} beside each task, observability
 * per service, and {@code logKbPerCall} of logs and traces for each call between services
 * at {@code logGbUsd}. One service on its own load balancer has none of these.</li>
 * <li>{@code people} – per deployable unit (one for one service, k for k services, one
 * for the functions of an application, which deploy together as one stack; a hybrid has
 * ⌈k/2⌉ services and one stack of functions) {@code opsHoursPerUnit} engineer-hours a
 * month: the share {@code serverManagementShare} is server management, less the
 * provider's share of it; the rest is the team's own work, times the factor for its
 * DevOps maturity; priced at {@code engineerHourUsd}.</li>
 * </ul>
 */
final class HostingCosts {

	private static final double MILLION = 1_000_000;

	private static final double MB_PER_GB = 1024;

	/** KB in a GB, as data transfer and log ingestion are billed (decimal). */
	private static final double KB_PER_GB = 1_000_000;

	private HostingCosts() {
	}

	/**
	 * One architecture's monthly dollars at a volume: infrastructure, plus people when
	 * {@code withPeople}.
	 */
	static double architecture(Hosting hosting, Parts parts, double volume, CostInputs in, CostAssumptions a,
			Declared declared, boolean withPeople) {
		int k = in.servicesCount();
		double infrastructure;
		double people = 0;
		switch (hosting) {
			case ONE_SERVICE -> {
				infrastructure = containers(parts, volume, 1, 0, false, in, a);
				people = declared.people ? people(1, a.ownership().containersProviderShare(), in, a) : 0;
			}
			case SERVICES -> {
				double calls = declared.internalCalls ? in.internalCallsPerRequest() : 0;
				infrastructure = containers(parts, volume, k, calls, declared.platform, in, a);
				people = declared.people ? people(k, a.ownership().containersProviderShare(), in, a) : 0;
			}
			case FUNCTIONS -> {
				infrastructure = functions(parts, volume, in, a);
				people = declared.people ? people(1, a.ownership().functionsProviderShare(), in, a) : 0;
			}
			default -> {
				int core = (k + 1) / 2;
				double coreVolume = volume / in.peakToAverage();
				double calls = declared.internalCalls ? Math.min(core - 1, in.internalCallsPerRequest()) : 0;
				infrastructure = containers(parts, coreVolume, core, calls, declared.platform, in, a);
				infrastructure += functions(parts, Math.max(0, volume - coreVolume), in, a);
				if (declared.people) {
					people = people(core, a.ownership().containersProviderShare(), in, a)
							+ people(1, a.ownership().functionsProviderShare(), in, a);
				}
			}
		}
		if (parts != null) {
			parts.people += people;
		}
		return withPeople ? infrastructure + people : infrastructure;
	}

	static double functions(Parts parts, double volume, CostInputs inputs, CostAssumptions a) {
		double gbSeconds = volume * (inputs.avgDurationMs() / 1000) * (inputs.memoryMb() / MB_PER_GB);
		double requests = Math.max(0, volume - a.faasFreeRequests()) * a.faasRequestPerMillionUsd() / MILLION;
		double compute = Math.max(0, gbSeconds - a.faasFreeGbSeconds()) * a.faasGbSecondUsd();
		double gateway = volume * a.gatewayPerMillionUsd() / MILLION;
		if (parts != null) {
			parts.requests += requests;
			parts.compute += compute;
			parts.gateway += gateway;
		}
		return requests + compute + gateway;
	}

	/**
	 * Container tasks for {@code services} services with {@code calls} calls between them
	 * per request, and the platform under them when {@code platform}.
	 */
	static double containers(Parts parts, double volume, int services, double calls, boolean platform,
			CostInputs inputs, CostAssumptions a) {
		double cpuSecondsPerRequest = a.cpuShare() * inputs.avgDurationMs() / 1000;
		double taskMonthUsd = CostModel.HOURS_PER_MONTH
				* (a.taskVcpu() * a.vcpuHourUsd() + a.taskMemoryGb() * a.gbHourUsd());
		double busyTasks = volume * cpuSecondsPerRequest / (CostModel.SECONDS_PER_MONTH * a.taskVcpu());
		double loadTasks = CostModel.AUTOSCALING_HEADROOM * busyTasks / a.targetUtilization();
		double floor = (double) services * a.minTasks();
		double tasks = Math.max(floor, loadTasks);
		double provisioned = tasks * taskMonthUsd;
		double compute = Math.min(provisioned, busyTasks * taskMonthUsd);
		if (parts != null) {
			parts.compute += compute;
			parts.idleCapacity += provisioned - compute;
			parts.loadBalancer += a.loadBalancerMonthlyUsd();
		}
		if (calls <= 0 && !platform) {
			return provisioned + a.loadBalancerMonthlyUsd();
		}
		CostAssumptions.Ownership o = a.ownership();
		double allTasks = tasks;
		double internalCalls = 0;
		if (calls > 0) {
			double callBusyTasks = volume * calls * (o.internalCallCpuMs() / 1000)
					/ (CostModel.SECONDS_PER_MONTH * a.taskVcpu());
			allTasks = Math.max(floor,
					CostModel.AUTOSCALING_HEADROOM * (busyTasks + callBusyTasks) / a.targetUtilization());
			double network = volume * calls * o.internalCallKb() / KB_PER_GB * o.crossZoneShare() * o.crossZoneGbUsd();
			internalCalls = (allTasks - tasks) * taskMonthUsd + network;
		}
		double platformUsd = 0;
		if (platform) {
			platformUsd = o.controlPlaneMonthlyUsd()
					+ allTasks * o.meshProxyVcpu() * a.vcpuHourUsd() * CostModel.HOURS_PER_MONTH
					+ services * o.observabilityPerServiceMonthlyUsd()
					+ volume * calls * o.logKbPerCall() / KB_PER_GB * o.logGbUsd();
		}
		if (parts != null) {
			parts.internalCalls += internalCalls;
			parts.platform += platformUsd;
		}
		return provisioned + a.loadBalancerMonthlyUsd() + internalCalls + platformUsd;
	}

	/** The engineer-hours a month that run an architecture hosted as {@code hosting}. */
	static double hours(Hosting hosting, CostInputs in, CostAssumptions a) {
		int k = in.servicesCount();
		CostAssumptions.Ownership o = a.ownership();
		return switch (hosting) {
			case ONE_SERVICE -> hours(1, o.containersProviderShare(), in, a);
			case SERVICES -> hours(k, o.containersProviderShare(), in, a);
			case FUNCTIONS -> hours(1, o.functionsProviderShare(), in, a);
			case SERVICES_AND_FUNCTIONS ->
				hours((k + 1) / 2, o.containersProviderShare(), in, a) + hours(1, o.functionsProviderShare(), in, a);
		};
	}

	/** The monthly dollars of the people who run {@code units} deployable units. */
	static double people(double units, double providerShare, CostInputs inputs, CostAssumptions a) {
		return hours(units, providerShare, inputs, a) * a.ownership().engineerHourUsd();
	}

	/**
	 * Engineer-hours a month for {@code units} deployable units: each needs
	 * {@code opsHoursPerUnit}, of which {@code serverManagementShare} is server
	 * management, less the share the provider takes over, and the rest the team's own
	 * work (pipelines, releases, alerts, incidents), scaled by the factor for its DevOps
	 * maturity. The factor leaves server management alone, so one unit of functions and
	 * one service differ by the same hours at any maturity.
	 */
	static double hours(double units, double providerShare, CostInputs inputs, CostAssumptions a) {
		CostAssumptions.Ownership o = a.ownership();
		double serverShare = o.serverManagementShare();
		return units * o.opsHoursPerUnit()
				* (inputs.peopleFactor() * (1 - serverShare) + serverShare * (1 - providerShare));
	}

	/**
	 * Functions minus one service at any volume, for one workload and one set of prices:
	 * what the cost bands test at each of their probes. What does not depend on the
	 * volume is worked out once; the arithmetic per volume is that of
	 * {@link #architecture} for the two hostings, step for step, so the sign is the same.
	 */
	static final class Difference {

		private final double durationSeconds;

		private final double memoryGb;

		private final double freeRequests;

		private final double requestPerMillionUsd;

		private final double freeGbSeconds;

		private final double gbSecondUsd;

		private final double gatewayPerMillionUsd;

		private final double functionsPeople;

		private final double cpuSecondsPerRequest;

		private final double busyDivisor;

		private final double targetUtilization;

		private final double floor;

		private final double taskMonthUsd;

		private final double loadBalancerUsd;

		private final double servicePeople;

		private final boolean withPeople;

		Difference(CostInputs in, CostAssumptions a, Declared declared, boolean withPeople) {
			this.durationSeconds = in.avgDurationMs() / 1000;
			this.memoryGb = in.memoryMb() / MB_PER_GB;
			this.freeRequests = a.faasFreeRequests();
			this.requestPerMillionUsd = a.faasRequestPerMillionUsd();
			this.freeGbSeconds = a.faasFreeGbSeconds();
			this.gbSecondUsd = a.faasGbSecondUsd();
			this.gatewayPerMillionUsd = a.gatewayPerMillionUsd();
			this.functionsPeople = declared.people ? people(1, a.ownership().functionsProviderShare(), in, a) : 0;
			this.cpuSecondsPerRequest = a.cpuShare() * in.avgDurationMs() / 1000;
			this.busyDivisor = CostModel.SECONDS_PER_MONTH * a.taskVcpu();
			this.targetUtilization = a.targetUtilization();
			this.floor = (double) 1 * a.minTasks();
			this.taskMonthUsd = CostModel.HOURS_PER_MONTH
					* (a.taskVcpu() * a.vcpuHourUsd() + a.taskMemoryGb() * a.gbHourUsd());
			this.loadBalancerUsd = a.loadBalancerMonthlyUsd();
			this.servicePeople = declared.people ? people(1, a.ownership().containersProviderShare(), in, a) : 0;
			this.withPeople = withPeople;
		}

		/** Functions minus one service at a volume (negative volumes count as none). */
		double at(double requestsPerMonth) {
			double volume = (requestsPerMonth > 0) ? requestsPerMonth : 0;
			double gbSeconds = volume * this.durationSeconds * this.memoryGb;
			double requests = Math.max(0, volume - this.freeRequests) * this.requestPerMillionUsd / MILLION;
			double compute = Math.max(0, gbSeconds - this.freeGbSeconds) * this.gbSecondUsd;
			double gateway = volume * this.gatewayPerMillionUsd / MILLION;
			double functions = requests + compute + gateway;
			double busyTasks = volume * this.cpuSecondsPerRequest / this.busyDivisor;
			double loadTasks = CostModel.AUTOSCALING_HEADROOM * busyTasks / this.targetUtilization;
			double tasks = Math.max(this.floor, loadTasks);
			double service = tasks * this.taskMonthUsd + this.loadBalancerUsd;
			return (this.withPeople ? functions + this.functionsPeople : functions)
					- (this.withPeople ? service + this.servicePeople : service);
		}

	}

	/** Which parts beyond the hosting a catalogue's cost model declares. */
	record Declared(boolean platform, boolean internalCalls, boolean people) {

		static final Declared NONE = new Declared(false, false, false);

	}

	/** The parts of one architecture's monthly cost, added up as they are computed. */
	static final class Parts {

		double requests;

		double compute;

		double gateway;

		double idleCapacity;

		double loadBalancer;

		double platform;

		double internalCalls;

		double people;

	}

}
