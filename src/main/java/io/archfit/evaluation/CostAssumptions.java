package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

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
 * @param ownership the prices and sizes of the platform, the calls between services and
 * the people, used only where the catalogue's cost model declares those parts
 */
public record CostAssumptions(double faasRequestPerMillionUsd, double faasGbSecondUsd, double faasFreeRequests,
		double faasFreeGbSeconds, double gatewayPerMillionUsd, double vcpuHourUsd, double gbHourUsd, double taskVcpu,
		double taskMemoryGb, double targetUtilization, int minTasks, double loadBalancerMonthlyUsd, double cpuShare,
		Integer servicesCount, Ownership ownership) {

	/** The names of the hosting assumptions, in the order of the API contract. */
	public static final List<String> NAMES = List.of("faasRequestPerMillionUsd", "faasGbSecondUsd", "faasFreeRequests",
			"faasFreeGbSeconds", "gatewayPerMillionUsd", "vcpuHourUsd", "gbHourUsd", "taskVcpu", "taskMemoryGb",
			"targetUtilization", "minTasks", "loadBalancerMonthlyUsd", "cpuShare", "servicesCount");

	/**
	 * The names of the platform, internal-call and people assumptions, in the order of
	 * the API contract (after {@link #NAMES}).
	 */
	public static final List<String> OWNERSHIP_NAMES = List.of("controlPlaneMonthlyUsd", "meshProxyVcpu",
			"observabilityPerServiceMonthlyUsd", "logGbUsd", "logKbPerCall", "internalCallsPerRequest",
			"internalCallCpuMs", "internalCallKb", "crossZoneGbUsd", "crossZoneShare", "engineerHourUsd",
			"opsHoursPerUnit", "serverManagementShare", "containersProviderShare", "functionsProviderShare");

	/** Every assumption name: {@link #NAMES}, then {@link #OWNERSHIP_NAMES}. */
	public static final List<String> ALL_NAMES = Stream.concat(NAMES.stream(), OWNERSHIP_NAMES.stream()).toList();

	private static final CostAssumptions DEFAULTS = new CostAssumptions(0.20, 0.0000166667, 1_000_000, 400_000, 1.00,
			0.04048, 0.004445, 0.5, 1.0, 0.6, 2, 22.27, 0.2, null, Ownership.DEFAULTS);

	public CostAssumptions {
		ownership = (ownership != null) ? ownership : Ownership.DEFAULTS;
	}

	/**
	 * The prices and sizes of what a catalogue may add to the hosting: the container
	 * platform, the calls between services and the people who run the system. Names are a
	 * contract of the API.
	 *
	 * @param controlPlaneMonthlyUsd cluster control plane per month
	 * @param meshProxyVcpu vCPU of the mesh proxy beside each container task
	 * @param observabilityPerServiceMonthlyUsd dashboards, alarms and metrics per service
	 * and month
	 * @param logGbUsd log and trace ingestion per GB
	 * @param logKbPerCall KB of logs and trace spans per call between services
	 * @param internalCallsPerRequest calls between services per user request (null: from
	 * the domain size and the services count)
	 * @param internalCallCpuMs CPU milliseconds per call between services, both ends
	 * @param internalCallKb KB per call between services, request and response
	 * @param crossZoneGbUsd price per GB crossing availability zones, both directions
	 * @param crossZoneShare share of calls between services that cross zones (0–1)
	 * @param engineerHourUsd loaded cost of one engineer-hour
	 * @param opsHoursPerUnit engineer-hours a month to run one deployable unit
	 * @param serverManagementShare share of those hours that is server management (0–1)
	 * @param containersProviderShare share of server management a container platform
	 * takes over (0–1)
	 * @param functionsProviderShare share of server management a functions platform takes
	 * over (0–1)
	 */
	public record Ownership(double controlPlaneMonthlyUsd, double meshProxyVcpu,
			double observabilityPerServiceMonthlyUsd, double logGbUsd, double logKbPerCall,
			Double internalCallsPerRequest, double internalCallCpuMs, double internalCallKb, double crossZoneGbUsd,
			double crossZoneShare, double engineerHourUsd, double opsHoursPerUnit, double serverManagementShare,
			double containersProviderShare, double functionsProviderShare) {

		/** The defaults of catalogue v2's cost model (see its {@code pricing}). */
		static final Ownership DEFAULTS = new Ownership(73.0, 0.05, 10.0, 0.50, 1.0, null, 1.0, 2.0, 0.02, 0.67, 90.80,
				3.7, 0.3, 0.5, 0.9);

	}

	/**
	 * The default prices and sizes (public list prices, 2026): FaaS $0.20 per million
	 * requests and $0.0000166667 per GB-second with 1 000 000 requests and 400 000
	 * GB-seconds free a month; HTTP gateway $1.00 per million; container tasks of 0.5
	 * vCPU and 1 GB at $0.04048 per vCPU-hour and $0.004445 per GB-hour, run at 60 %
	 * target utilisation, at least 2 tasks per service; load balancer $22.27 a month; CPU
	 * time 20 % of the run time; services count from the domain size; and the ownership
	 * defaults of catalogue v2 ({@link Ownership}).
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
	 * Every assumption, name to value in the contract order ({@link #ALL_NAMES}), for the
	 * API, exports and saved assessments. {@code internalCallsPerRequest} may be null.
	 * @return an unmodifiable ordered map
	 */
	public Map<String, Object> toFullMap() {
		Map<String, Object> map = new LinkedHashMap<>(toMap());
		Ownership o = this.ownership;
		map.put("controlPlaneMonthlyUsd", o.controlPlaneMonthlyUsd());
		map.put("meshProxyVcpu", o.meshProxyVcpu());
		map.put("observabilityPerServiceMonthlyUsd", o.observabilityPerServiceMonthlyUsd());
		map.put("logGbUsd", o.logGbUsd());
		map.put("logKbPerCall", o.logKbPerCall());
		map.put("internalCallsPerRequest", o.internalCallsPerRequest());
		map.put("internalCallCpuMs", o.internalCallCpuMs());
		map.put("internalCallKb", o.internalCallKb());
		map.put("crossZoneGbUsd", o.crossZoneGbUsd());
		map.put("crossZoneShare", o.crossZoneShare());
		map.put("engineerHourUsd", o.engineerHourUsd());
		map.put("opsHoursPerUnit", o.opsHoursPerUnit());
		map.put("serverManagementShare", o.serverManagementShare());
		map.put("containersProviderShare", o.containersProviderShare());
		map.put("functionsProviderShare", o.functionsProviderShare());
		return Collections.unmodifiableMap(map);
	}

	/**
	 * The hosting assumptions, name to value in the contract order ({@link #NAMES}).
	 * {@code minTasks} and {@code servicesCount} are integers; {@code servicesCount} may
	 * be null. See {@link #toFullMap()} for every assumption.
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
	 * order ({@link #ALL_NAMES}).
	 * @return the edited names; empty when all are defaults
	 */
	public List<String> changedFromDefaults() {
		Map<String, Object> mine = toFullMap();
		Map<String, Object> defaults = DEFAULTS.toFullMap();
		List<String> changed = new ArrayList<>();
		for (String name : ALL_NAMES) {
			if (!Objects.equals(mine.get(name), defaults.get(name))) {
				changed.add(name);
			}
		}
		return List.copyOf(changed);
	}

}
