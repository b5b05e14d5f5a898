package io.archfit.evaluation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CostModelTests {

	private static final double CENT = 0.005;

	private final CostModel model = CostModel.of(AnswerSets.CATALOGUE);

	private final CostAssumptions defaults = CostAssumptions.defaults();

	private static Answers worked(long monthlyRequests) {
		return Answers.of(Map.of("monthlyRequests", Long.toString(monthlyRequests), "avgDurationMs", "100", "memoryMb",
				"512", "peakToAverage", "5"));
	}

	private static CostInputs workedInputs(double monthlyRequests) {
		return new CostInputs(monthlyRequests, 100, 512, 5, 6);
	}

	private static ArchitectureCost find(CostEstimate estimate, String architecture) {
		return estimate.estimates()
			.stream()
			.filter((cost) -> cost.architecture().equals(architecture))
			.findFirst()
			.orElseThrow();
	}

	private static CostAssumptions with(String name, Object value) {
		return CostAssumptions.fromMap(Map.of(name, value));
	}

	@Test
	void workedCheckAtFiveMillion() {
		CostEstimate estimate = this.model.estimate(worked(5_000_000), this.defaults);
		assertThat(find(estimate, "serverless").monthlyUsd()).isCloseTo(5.80, within(CENT));
		assertThat(find(estimate, "monolith").monthlyUsd()).isCloseTo(58.31, within(CENT));
	}

	@Test
	void workedCheckServerlessBreakdown() {
		Map<String, Double> breakdown = find(this.model.estimate(worked(5_000_000), this.defaults), "serverless")
			.breakdown();
		assertThat(breakdown.get("requests")).isCloseTo(0.80, within(CENT));
		assertThat(breakdown.get("compute")).isZero();
		assertThat(breakdown.get("gateway")).isCloseTo(5.00, within(CENT));
		assertThat(breakdown.get("idleCapacity")).isZero();
		assertThat(breakdown.get("loadBalancer")).isZero();
	}

	@Test
	void workedCheckMonolithBreakdownSplitsUsedAndIdleCapacity() {
		Map<String, Double> breakdown = find(this.model.estimate(worked(5_000_000), this.defaults), "monolith")
			.breakdown();
		// 5 M × 0.02 CPU-s over 2 628 000 s × 0.5 vCPU = 0.0761 busy tasks of $18.02
		assertThat(breakdown.get("compute")).isCloseTo(1.37, within(CENT));
		assertThat(breakdown.get("compute") + breakdown.get("idleCapacity")).isCloseTo(36.04, within(CENT));
		assertThat(breakdown.get("loadBalancer")).isCloseTo(22.27, within(CENT));
		assertThat(breakdown.get("requests")).isZero();
		assertThat(breakdown.get("gateway")).isZero();
	}

	@Test
	void workedCheckAtFiftyMillion() {
		CostEstimate estimate = this.model.estimate(worked(50_000_000), this.defaults);
		assertThat(find(estimate, "serverless").monthlyUsd()).isCloseTo(94.80, within(CENT));
		assertThat(find(estimate, "monolith").monthlyUsd()).isCloseTo(58.31, within(CENT));
	}

	@Test
	void withoutGatewayServerlessAtFiveMillionCostsEightyCents() {
		CostEstimate estimate = this.model.estimate(worked(5_000_000), with("gatewayPerMillionUsd", 0));
		assertThat(find(estimate, "serverless").monthlyUsd()).isCloseTo(0.80, within(CENT));
	}

	@Test
	void breakEvenIsAboutThirtyTwoMillion() {
		CostEstimate estimate = this.model.estimate(worked(5_000_000), this.defaults);
		assertThat(estimate.breakEvenRequestsPerMonth()).isCloseTo(32_000_000, within(1_000_000.0));
		double volume = estimate.breakEvenRequestsPerMonth();
		CostInputs inputs = workedInputs(0);
		assertThat(this.model.monthlyUsd("serverless", volume, inputs, this.defaults))
			.isCloseTo(this.model.monthlyUsd("monolith", volume, inputs, this.defaults), within(CENT));
	}

	@Test
	void breakEvenWithoutGatewayIsAboutSixtyThreeMillion() {
		assertThat(this.model.breakEven(workedInputs(0), with("gatewayPerMillionUsd", 0))).isCloseTo(63_000_000,
				within(1_000_000.0));
	}

	@Test
	void breakEvenDoesNotDependOnTheAnsweredVolume() {
		assertThat(this.model.estimate(worked(1), this.defaults).breakEvenRequestsPerMonth())
			.isEqualTo(this.model.estimate(worked(9_000_000_000L), this.defaults).breakEvenRequestsPerMonth());
	}

	@Test
	void breakEvenIsNullWhenTheCostsNeverCross() {
		CostAssumptions freeFunctions = CostAssumptions
			.fromMap(Map.of("faasRequestPerMillionUsd", 0, "faasGbSecondUsd", 0, "gatewayPerMillionUsd", 0));
		assertThat(this.model.breakEven(workedInputs(0), freeFunctions)).isNull();
	}

	@Test
	void breakEvenIsNullForIdenticalArchitectures() {
		CostInputs oneService = new CostInputs(0, 100, 512, 5, 1);
		assertThat(this.model.breakEven("monolith", "microservices", oneService, this.defaults)).isNull();
	}

	@Test
	void genericBreakEvenIsSymmetric() {
		CostInputs inputs = workedInputs(0);
		Double forward = this.model.breakEven("hybrid", "serverless", inputs, this.defaults);
		assertThat(forward).isNotNull();
		assertThat(this.model.breakEven("serverless", "hybrid", inputs, this.defaults)).isCloseTo(forward,
				within(forward * 1e-9));
	}

	@Test
	void estimatesAreInArchitectureOrderWithEveryPart() {
		CostEstimate estimate = this.model.estimate(worked(5_000_000), this.defaults);
		assertThat(estimate.estimates()).extracting(ArchitectureCost::architecture)
			.containsExactly("monolith", "microservices", "serverless", "hybrid");
		assertThat(estimate.assumptions()).isSameAs(this.defaults);
		for (ArchitectureCost cost : estimate.estimates()) {
			assertThat(cost.breakdown()).containsOnlyKeys(CostModel.PARTS);
			assertThat(cost.breakdown().values()).allSatisfy((part) -> assertThat(part).isNotNegative());
			assertThat(cost.breakdown().values().stream().mapToDouble(Double::doubleValue).sum())
				.isCloseTo(cost.monthlyUsd(), within(1e-9));
		}
	}

	@Test
	void microservicesPayForAnIdleFloorPerService() {
		CostEstimate estimate = this.model.estimate(worked(5_000_000), this.defaults);
		// 6 services × 2 tasks × $18.02 + $22.27
		assertThat(find(estimate, "microservices").monthlyUsd()).isCloseTo(238.51, within(CENT));
	}

	@Test
	void hybridRunsTheSteadyCoreInContainersAndTheBurstsOnFunctions() {
		ArchitectureCost hybrid = find(this.model.estimate(worked(50_000_000), this.defaults), "hybrid");
		// core: 10 M requests (1/5) on 3 services × 2 tasks; functions: the other 40 M
		double functions = this.model.monthlyUsd("serverless", 40_000_000, workedInputs(0), this.defaults);
		assertThat(functions).isCloseTo(7.80 + 26.67 + 40.00, within(CENT));
		assertThat(hybrid.monthlyUsd()).isCloseTo(6 * 18.02005 + 22.27 + functions, within(CENT));
		assertThat(hybrid.breakdown().get("compute") + hybrid.breakdown().get("idleCapacity"))
			.isCloseTo(6 * 18.02005 + 26.67, within(CENT));
		assertThat(hybrid.breakdown().get("gateway")).isCloseTo(40.00, within(CENT));
		assertThat(hybrid.breakdown().get("requests")).isCloseTo(7.80, within(CENT));
		assertThat(hybrid.breakdown().get("loadBalancer")).isCloseTo(22.27, within(CENT));
	}

	@Test
	void hybridWithoutBurstsIsAllContainers() {
		CostInputs steady = new CostInputs(50_000_000, 100, 512, 1, 6);
		ArchitectureCost hybrid = this.model.cost("hybrid", steady, this.defaults);
		assertThat(hybrid.breakdown().get("requests")).isZero();
		assertThat(hybrid.breakdown().get("gateway")).isZero();
		assertThat(hybrid.monthlyUsd()).isCloseTo(6 * 18.02005 + 22.27, within(CENT));
	}

	static List<Arguments> architecturesAndServices() {
		return CostModel.of(AnswerSets.CATALOGUE)
			.architectures()
			.stream()
			.flatMap((architecture) -> List.of(1, 6, 500).stream().map((k) -> Arguments.of(architecture, k)))
			.toList();
	}

	@ParameterizedTest
	@MethodSource("architecturesAndServices")
	void curveIsMonotonicAndFinite(String architecture, int services) {
		for (double duration : new double[] { 0, 100, 900_000 }) {
			CostInputs inputs = new CostInputs(0, duration, 512, 5, services);
			List<CostPoint> curve = this.model.curve(architecture, inputs, this.defaults);
			assertThat(curve).hasSize(61);
			assertThat(curve.get(0).requestsPerMonth()).isEqualTo(10_000);
			assertThat(curve.get(60).requestsPerMonth()).isEqualTo(10_000_000_000.0);
			for (int i = 1; i < curve.size(); i++) {
				assertThat(curve.get(i).requestsPerMonth()).isGreaterThan(curve.get(i - 1).requestsPerMonth());
				assertThat(curve.get(i).monthlyUsd()).isFinite().isGreaterThanOrEqualTo(curve.get(i - 1).monthlyUsd());
			}
		}
	}

	@Test
	void curvesCoverEveryArchitecture() {
		Map<String, List<CostPoint>> curves = this.model.curves(workedInputs(0), this.defaults);
		assertThat(curves.keySet()).containsExactlyElementsOf(this.model.architectures());
		assertThat(curves.get("serverless").get(30).requestsPerMonth()).isCloseTo(10_000_000, within(1e-6));
	}

	@Test
	void freeTierCoversSmallFunctionWorkloads() {
		CostInputs inputs = new CostInputs(1_000_000, 100, 512, 5, 6);
		ArchitectureCost serverless = this.model.cost("serverless", inputs, this.defaults);
		assertThat(serverless.breakdown().get("requests")).isZero();
		assertThat(serverless.breakdown().get("compute")).isZero();
		assertThat(serverless.monthlyUsd()).isCloseTo(1.00, within(CENT));
		assertThat(this.model.monthlyUsd("serverless", 1_000_000, inputs, with("gatewayPerMillionUsd", 0))).isZero();
	}

	@Test
	void zeroVolumeCostsOnlyTheIdleFloor() {
		CostEstimate estimate = this.model.estimate(worked(0), this.defaults);
		assertThat(find(estimate, "serverless").monthlyUsd()).isZero();
		assertThat(find(estimate, "monolith").monthlyUsd()).isCloseTo(58.31, within(CENT));
		assertThat(find(estimate, "monolith").breakdown().get("compute")).isZero();
		assertThat(find(estimate, "hybrid").monthlyUsd()).isCloseTo(6 * 18.02005 + 22.27, within(CENT));
		assertThat(this.model.monthlyUsd("monolith", -5, workedInputs(0), this.defaults)).isCloseTo(58.31,
				within(CENT));
	}

	@Test
	void tenBillionRequestsStayFinite() {
		CostEstimate estimate = this.model.estimate(worked(10_000_000_000L), this.defaults);
		for (ArchitectureCost cost : estimate.estimates()) {
			assertThat(cost.monthlyUsd()).isFinite().isPositive();
			assertThat(cost.breakdown().values()).allSatisfy((part) -> assertThat(part).isFinite());
		}
		// 10¹⁰ × 0.02 CPU-s / (2 628 000 s × 15 req/s per task) × 1.25 = 6 342 tasks:
		// load-driven
		assertThat(find(estimate, "monolith").monthlyUsd())
			.isCloseTo(10_000_000_000.0 / 2_628_000 / 15 * 1.25 * 18.02005 + 22.27, within(0.01));
		assertThat(find(estimate, "microservices").monthlyUsd()).isEqualTo(find(estimate, "monolith").monthlyUsd());
	}

	@Test
	void microservicesIdleFloorGrowsWithServicesCount() {
		double previous = 0;
		for (int services : new int[] { 1, 2, 3, 6, 12, 100 }) {
			CostAssumptions assumptions = with("servicesCount", services);
			ArchitectureCost cost = find(this.model.estimate(worked(5_000_000), assumptions), "microservices");
			double floor = cost.breakdown().get("compute") + cost.breakdown().get("idleCapacity");
			assertThat(floor).isCloseTo(services * 2 * 18.02005, within(CENT));
			assertThat(cost.monthlyUsd()).isGreaterThan(previous);
			previous = cost.monthlyUsd();
		}
	}

	@Test
	void servicesCountComesFromTheDomainSizeUnlessSet() {
		assertThat(this.model.inputs(Answers.of(Map.of("domainSize", "small")), this.defaults).servicesCount())
			.isEqualTo(3);
		assertThat(this.model.inputs(Answers.of(Map.of("domainSize", "medium")), this.defaults).servicesCount())
			.isEqualTo(6);
		assertThat(this.model.inputs(Answers.of(Map.of("domainSize", "large")), this.defaults).servicesCount())
			.isEqualTo(12);
		assertThat(this.model.inputs(Answers.empty(), this.defaults).servicesCount()).isEqualTo(6);
		assertThat(
				this.model.inputs(Answers.of(Map.of("domainSize", "large")), with("servicesCount", 4)).servicesCount())
			.isEqualTo(4);
	}

	@Test
	void unansweredInputsTakeTheirDefaults() {
		CostInputs inputs = this.model.inputs(Answers.empty(), this.defaults);
		assertThat(inputs).isEqualTo(new CostInputs(1_000_000, 100, 512, 3, 6));
	}

	@Test
	void durationDefaultsFromTaskDuration() {
		assertThat(durationFor("subsecond")).isEqualTo(100);
		assertThat(durationFor("seconds")).isEqualTo(2_000);
		assertThat(durationFor("minutes")).isEqualTo(120_000);
		assertThat(durationFor("long-running")).isEqualTo(900_000);
		assertThat(
				this.model.inputs(Answers.of(Map.of("taskDuration", "minutes", "avgDurationMs", "250")), this.defaults)
					.avgDurationMs())
			.isEqualTo(250);
	}

	private double durationFor(String taskDuration) {
		return this.model.inputs(Answers.of(Map.of("taskDuration", taskDuration)), this.defaults).avgDurationMs();
	}

	@Test
	void peakToAverageDefaultsFromTrafficPattern() {
		assertThat(peakFor("steady")).isEqualTo(1.5);
		assertThat(peakFor("daily-cycle")).isEqualTo(3);
		assertThat(peakFor("spiky")).isEqualTo(10);
		assertThat(peakFor("unpredictable")).isEqualTo(10);
		assertThat(peakFor("idle-mostly")).isEqualTo(20);
		assertThat(this.model.inputs(Answers.of(Map.of("trafficPattern", "spiky", "peakToAverage", "4")), this.defaults)
			.peakToAverage()).isEqualTo(4);
	}

	private double peakFor(String trafficPattern) {
		return this.model.inputs(Answers.of(Map.of("trafficPattern", trafficPattern)), this.defaults).peakToAverage();
	}

	@Test
	void unreadableAnswersFallBackToDefaults() {
		CostInputs inputs = this.model.inputs(
				Answers.of(Map.of("monthlyRequests", "lots", "memoryMb", "NaN", "peakToAverage", "0.5")),
				this.defaults);
		assertThat(inputs.requestsPerMonth()).isEqualTo(1_000_000);
		assertThat(inputs.memoryMb()).isEqualTo(512);
		assertThat(inputs.peakToAverage()).isEqualTo(1);
	}

	@Test
	void unknownArchitectureIsRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.model.monthlyUsd("mainframe", 1, workedInputs(0), this.defaults));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.model.breakEven("mainframe", "monolith", workedInputs(0), this.defaults));
	}

	@Test
	void valuesAtTheBoundsAreAccepted() {
		CostAssumptions edges = CostAssumptions.fromMap(Map.of("taskVcpu", 16, "taskMemoryGb", 0.5, "targetUtilization",
				1, "cpuShare", "1e0", "minTasks", 1, "servicesCount", 500, "vcpuHourUsd", 0));
		assertThat(edges.taskVcpu()).isEqualTo(16);
		assertThat(edges.servicesCount()).isEqualTo(500);
		assertThat(this.model.estimate(worked(1_000_000_000L), edges).estimates())
			.allSatisfy((cost) -> assertThat(cost.monthlyUsd()).isFinite());
	}

}
