package io.archfit.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The cost model's assumptions: their defaults, how edits are read and kept, and how a
 * bad value is named with its field and bounds.
 */
class CostAssumptionsTests {

	private final CostAssumptions defaults = CostAssumptions.defaults();

	private static CostAssumptions with(String name, Object value) {
		return CostAssumptions.fromMap(Map.of(name, value));
	}

	@Test
	void defaultsMatchTheContract() {
		Map<String, Object> expected = new HashMap<>();
		expected.put("faasRequestPerMillionUsd", 0.20);
		expected.put("faasGbSecondUsd", 0.0000166667);
		expected.put("faasFreeRequests", 1_000_000.0);
		expected.put("faasFreeGbSeconds", 400_000.0);
		expected.put("gatewayPerMillionUsd", 1.00);
		expected.put("vcpuHourUsd", 0.04048);
		expected.put("gbHourUsd", 0.004445);
		expected.put("taskVcpu", 0.5);
		expected.put("taskMemoryGb", 1.0);
		expected.put("targetUtilization", 0.6);
		expected.put("minTasks", 2);
		expected.put("loadBalancerMonthlyUsd", 22.27);
		expected.put("cpuShare", 0.2);
		expected.put("servicesCount", null);
		assertThat(this.defaults.toMap()).isEqualTo(expected);
		assertThat(this.defaults.toMap().keySet()).containsExactlyElementsOf(CostAssumptions.NAMES);
		assertThat(this.defaults.changedFromDefaults()).isEmpty();
	}

	@Test
	void emptyOrNullAssumptionsAreTheDefaults() {
		assertThat(CostAssumptions.fromMap(Map.of())).isEqualTo(this.defaults);
		assertThat(CostAssumptions.fromMap(null)).isEqualTo(this.defaults);
		Map<String, Object> nulls = new HashMap<>();
		nulls.put("servicesCount", null);
		nulls.put("vcpuHourUsd", null);
		assertThat(CostAssumptions.fromMap(nulls)).isEqualTo(this.defaults);
	}

	@Test
	void editedAssumptionsKeepTheOtherDefaults() {
		CostAssumptions edited = CostAssumptions
			.fromMap(Map.of("vcpuHourUsd", "0.05", "minTasks", 3.0, "servicesCount", 8, "gatewayPerMillionUsd", 3.5));
		assertThat(edited.vcpuHourUsd()).isEqualTo(0.05);
		assertThat(edited.minTasks()).isEqualTo(3);
		assertThat(edited.servicesCount()).isEqualTo(8);
		assertThat(edited.gbHourUsd()).isEqualTo(0.004445);
		assertThat(edited.changedFromDefaults()).containsExactly("gatewayPerMillionUsd", "vcpuHourUsd", "minTasks",
				"servicesCount");
		assertThat(CostAssumptions.fromMap(edited.toMap())).isEqualTo(edited);
	}

	@Test
	void settingADefaultValueIsNotAChange() {
		assertThat(with("vcpuHourUsd", 0.04048).changedFromDefaults()).isEmpty();
		assertThat(with("faasFreeRequests", "-0").changedFromDefaults()).containsExactly("faasFreeRequests");
	}

	static List<Arguments> badAssumptions() {
		return List.of(Arguments.of("faasRequestPerMillionUsd", -0.2, "negative"),
				Arguments.of("faasRequestPerMillionUsd", 1e6, "outOfRange"),
				Arguments.of("faasGbSecondUsd", "cheap", "notANumber"),
				Arguments.of("faasGbSecondUsd", 2, "outOfRange"), Arguments.of("faasFreeRequests", -1, "negative"),
				Arguments.of("faasFreeGbSeconds", -1, "negative"),
				Arguments.of("faasFreeGbSeconds", 1e13, "outOfRange"),
				Arguments.of("gatewayPerMillionUsd", Double.NaN, "notANumber"),
				Arguments.of("gatewayPerMillionUsd", "Infinity", "notANumber"),
				Arguments.of("vcpuHourUsd", -0.04, "negative"), Arguments.of("vcpuHourUsd", 500, "outOfRange"),
				Arguments.of("gbHourUsd", true, "notANumber"), Arguments.of("gbHourUsd", "1d", "notANumber"),
				Arguments.of("taskVcpu", 0.1, "outOfRange"), Arguments.of("taskVcpu", 32, "outOfRange"),
				Arguments.of("taskMemoryGb", 0.25, "outOfRange"), Arguments.of("taskMemoryGb", 121, "outOfRange"),
				Arguments.of("targetUtilization", 0, "outOfRange"),
				Arguments.of("targetUtilization", 1.2, "outOfRange"),
				Arguments.of("targetUtilization", -0.5, "negative"), Arguments.of("minTasks", 0, "outOfRange"),
				Arguments.of("minTasks", 2.5, "notAnInteger"), Arguments.of("minTasks", 101, "outOfRange"),
				Arguments.of("loadBalancerMonthlyUsd", -22.27, "negative"),
				Arguments.of("loadBalancerMonthlyUsd", 1e9, "outOfRange"), Arguments.of("cpuShare", 0, "outOfRange"),
				Arguments.of("cpuShare", 1.5, "outOfRange"), Arguments.of("servicesCount", 0, "outOfRange"),
				Arguments.of("servicesCount", 501, "outOfRange"), Arguments.of("servicesCount", "6.5", "notAnInteger"),
				Arguments.of("servicesCount", List.of(6), "notANumber"));
	}

	@ParameterizedTest
	@MethodSource("badAssumptions")
	void badAssumptionIsNamed(String name, Object value, String code) {
		assertThatExceptionOfType(InvalidAssumptionsException.class).isThrownBy(() -> with(name, value))
			.satisfies((ex) -> {
				assertThat(ex.getProblems()).hasSize(1);
				InvalidAssumptionsException.Problem problem = ex.getProblems().get(0);
				assertThat(problem.field()).isEqualTo("assumptions." + name);
				assertThat(problem.code()).isEqualTo(code);
				assertThat(ex.getMessage()).contains("assumptions." + name);
			});
	}

	@Test
	void outOfRangeCarriesTheBounds() {
		assertThatExceptionOfType(InvalidAssumptionsException.class).isThrownBy(() -> with("taskVcpu", 64))
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).args()).containsExactly(0.25, 16.0));
		assertThatExceptionOfType(InvalidAssumptionsException.class).isThrownBy(() -> with("minTasks", 0))
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).args()).containsExactly(1, 100));
	}

	@Test
	void everyProblemIsReportedAtOnceUnknownNamesLast() {
		Map<String, Object> values = new HashMap<>();
		values.put("zeta", 1);
		values.put("cpuShare", 2);
		values.put("vcpuHourUsd", -1);
		values.put("spotDiscount", 0.7);
		assertThatExceptionOfType(InvalidAssumptionsException.class).isThrownBy(() -> CostAssumptions.fromMap(values))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(
					new InvalidAssumptionsException.Problem("assumptions.vcpuHourUsd", "negative", List.of()),
					new InvalidAssumptionsException.Problem("assumptions.cpuShare", "outOfRange", List.of(0.0, 1.0)),
					new InvalidAssumptionsException.Problem("assumptions.spotDiscount", "unknownAssumption",
							List.of("spotDiscount")),
					new InvalidAssumptionsException.Problem("assumptions.zeta", "unknownAssumption", List.of("zeta"))));
	}

}
