package io.archfit.evaluation;

/**
 * The monthly arithmetic of the two ways to host work: functions billed per invocation
 * and GB-second, and provisioned container tasks sized for the load with a floor for
 * availability (see {@link CostModel} for the formulas). Each adds its parts to a
 * {@link Parts}.
 */
final class HostingCosts {

	private static final double MILLION = 1_000_000;

	private static final double MB_PER_GB = 1024;

	private HostingCosts() {
	}

	static void functions(Parts parts, double volume, CostInputs inputs, CostAssumptions a) {
		double gbSeconds = volume * (inputs.avgDurationMs() / 1000) * (inputs.memoryMb() / MB_PER_GB);
		double requests = Math.max(0, volume - a.faasFreeRequests()) * a.faasRequestPerMillionUsd() / MILLION;
		double compute = Math.max(0, gbSeconds - a.faasFreeGbSeconds()) * a.faasGbSecondUsd();
		double gateway = volume * a.gatewayPerMillionUsd() / MILLION;
		parts.requests += requests;
		parts.compute += compute;
		parts.gateway += gateway;
		parts.total += requests + compute + gateway;
	}

	static void containers(Parts parts, double volume, int services, CostInputs inputs, CostAssumptions a) {
		double cpuSecondsPerRequest = a.cpuShare() * inputs.avgDurationMs() / 1000;
		double taskMonthUsd = CostModel.HOURS_PER_MONTH
				* (a.taskVcpu() * a.vcpuHourUsd() + a.taskMemoryGb() * a.gbHourUsd());
		double busyTasks = volume * cpuSecondsPerRequest / (CostModel.SECONDS_PER_MONTH * a.taskVcpu());
		double loadTasks = CostModel.AUTOSCALING_HEADROOM * busyTasks / a.targetUtilization();
		double tasks = Math.max((double) services * a.minTasks(), loadTasks);
		double provisioned = tasks * taskMonthUsd;
		double compute = Math.min(provisioned, busyTasks * taskMonthUsd);
		parts.compute += compute;
		parts.idleCapacity += provisioned - compute;
		parts.loadBalancer += a.loadBalancerMonthlyUsd();
		parts.total += provisioned + a.loadBalancerMonthlyUsd();
	}

	/** The parts of one architecture's monthly cost, added up as they are computed. */
	static final class Parts {

		double requests;

		double compute;

		double gateway;

		double idleCapacity;

		double loadBalancer;

		/**
		 * The sum of the monotonic terms (provisioned cost, load balancer, function
		 * charges), kept apart so rounding cannot make the total dip as the volume grows.
		 */
		double total;

		double total() {
			return this.total;
		}

	}

}
