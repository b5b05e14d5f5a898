package io.archfit.evaluation;

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

}
