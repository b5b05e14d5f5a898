package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The editable prices and sizes of the cost model. Names are a contract of the API.
 *
 * @param faasRequestPerMillionUsd FaaS price per million invocations
 * @param faasGbSecondUsd FaaS price per GB-second
 * @param faasFreeRequests free invocations a month
 * @param faasFreeGbSeconds free GB-seconds a month
 * @param gatewayPerMillionUsd HTTP gateway price per million requests (0 when none)
 * @param vcpuHourUsd container price per vCPU-hour
 * @param gbHourUsd container price per GB-hour
 * @param taskVcpu vCPUs per container task
 * @param taskMemoryGb memory per container task in GB
 * @param targetUtilization share of a task's CPU used at steady load (0–1)
 * @param minTasks minimum tasks per service for availability
 * @param loadBalancerMonthlyUsd load balancer per month
 * @param cpuShare CPU seconds per request as a share of the run time (0–1)
 * @param servicesCount services of the microservices system (null: from the domain size)
 */
public record CostAssumptions(double faasRequestPerMillionUsd, double faasGbSecondUsd, double faasFreeRequests,
		double faasFreeGbSeconds, double gatewayPerMillionUsd, double vcpuHourUsd, double gbHourUsd, double taskVcpu,
		double taskMemoryGb, double targetUtilization, int minTasks, double loadBalancerMonthlyUsd, double cpuShare,
		Integer servicesCount) {

	/** The assumption names, in the order of the API contract. */
	public static final List<String> NAMES = List.of("faasRequestPerMillionUsd", "faasGbSecondUsd", "faasFreeRequests",
			"faasFreeGbSeconds", "gatewayPerMillionUsd", "vcpuHourUsd", "gbHourUsd", "taskVcpu", "taskMemoryGb",
			"targetUtilization", "minTasks", "loadBalancerMonthlyUsd", "cpuShare", "servicesCount");

	private static final CostAssumptions DEFAULTS = new CostAssumptions(0.20, 0.0000166667, 1_000_000, 400_000, 1.00,
			0.04048, 0.004445, 0.5, 1.0, 0.6, 2, 22.27, 0.2, null);

	/**
	 * The default prices and sizes (public list prices, 2026): FaaS $0.20 per million
	 * requests and $0.0000166667 per GB-second with 1 000 000 requests and 400 000
	 * GB-seconds free a month; HTTP gateway $1.00 per million; container tasks of 0.5
	 * vCPU and 1 GB at $0.04048 per vCPU-hour and $0.004445 per GB-hour, run at 60 %
	 * target utilisation, at least 2 tasks per service; load balancer $22.27 a month; CPU
	 * time 20 % of the run time; services count from the domain size.
	 * @return the defaults
	 */
	public static CostAssumptions defaults() {
		return DEFAULTS;
	}

	/**
	 * Edited assumptions over the defaults; see {@link CostAssumptionsParser}.
	 * @param values name to value; names not given keep their default
	 * @return the assumptions
	 * @throws InvalidAssumptionsException naming every bad field
	 */
	public static CostAssumptions fromMap(Map<String, ?> values) {
		return CostAssumptionsParser.parse(values);
	}

	/**
	 * Name to value in the contract order ({@link #NAMES}), for the API and exports.
	 * {@code minTasks} and {@code servicesCount} are integers; {@code servicesCount} may
	 * be null.
	 * @return an unmodifiable ordered map
	 */
	public Map<String, Object> toMap() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("faasRequestPerMillionUsd", this.faasRequestPerMillionUsd);
		map.put("faasGbSecondUsd", this.faasGbSecondUsd);
		map.put("faasFreeRequests", this.faasFreeRequests);
		map.put("faasFreeGbSeconds", this.faasFreeGbSeconds);
		map.put("gatewayPerMillionUsd", this.gatewayPerMillionUsd);
		map.put("vcpuHourUsd", this.vcpuHourUsd);
		map.put("gbHourUsd", this.gbHourUsd);
		map.put("taskVcpu", this.taskVcpu);
		map.put("taskMemoryGb", this.taskMemoryGb);
		map.put("targetUtilization", this.targetUtilization);
		map.put("minTasks", this.minTasks);
		map.put("loadBalancerMonthlyUsd", this.loadBalancerMonthlyUsd);
		map.put("cpuShare", this.cpuShare);
		map.put("servicesCount", this.servicesCount);
		return Collections.unmodifiableMap(map);
	}

	/**
	 * The names of the assumptions that differ from {@link #defaults()}, in the contract
	 * order.
	 * @return the edited names; empty when all are defaults
	 */
	public List<String> changedFromDefaults() {
		Map<String, Object> mine = toMap();
		Map<String, Object> defaults = DEFAULTS.toMap();
		List<String> changed = new ArrayList<>();
		for (String name : NAMES) {
			if (!Objects.equals(mine.get(name), defaults.get(name))) {
				changed.add(name);
			}
		}
		return List.copyOf(changed);
	}

}
