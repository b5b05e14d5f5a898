package io.archfit.assessment.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost estimate and the cost assumptions over real HTTP: the worked check, edited
 * prices, the break-even, assumptions saved with an assessment, and bad assumptions
 * refused naming each field.
 */
@AppTest
class CostApiTests {

	static final Map<String, Object> WORKED = Map.of("monthlyRequests", 5_000_000, "avgDurationMs", 100, "memoryMb",
			512, "peakToAverage", 5);

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void evaluationCarriesTheWorkedCheck() {
		Http.Response response = this.http.postJson("/api/v1/evaluations", Map.of("answers", WORKED));
		assertThat(response.status()).isEqualTo(200);
		JsonNode cost = response.json().get("cost");
		assertThat(monthly(cost, "serverless")).isCloseTo(5.80, within(0.005));
		assertThat(monthly(cost, "monolith")).isCloseTo(58.31, within(0.005));
		assertThat(cost.get("breakEvenRequestsPerMonth").asLong()).isBetween(31_000_000L, 33_000_000L);
		assertThat(cost.get("estimates")).hasSize(4);
		JsonNode serverless = estimate(cost, "serverless");
		List<String> parts = new ArrayList<>();
		serverless.get("breakdown").propertyNames().forEach(parts::add);
		// the hosting's parts come first; a catalogue may add platform, calls and people
		assertThat(parts).startsWith("requests", "compute", "gateway", "idleCapacity", "loadBalancer");
		assertThat(serverless.get("breakdown").get("gateway").asDouble()).isEqualTo(5.0);
		List<String> names = new ArrayList<>();
		cost.get("assumptions").propertyNames().forEach(names::add);
		assertThat(names).startsWith("faasRequestPerMillionUsd", "faasGbSecondUsd", "faasFreeRequests",
				"faasFreeGbSeconds", "gatewayPerMillionUsd", "vcpuHourUsd", "gbHourUsd", "taskVcpu", "taskMemoryGb",
				"targetUtilization", "minTasks", "loadBalancerMonthlyUsd", "cpuShare", "servicesCount");
		assertThat(cost.get("assumptions").get("gatewayPerMillionUsd").asDouble()).isEqualTo(1.0);
		assertThat(cost.get("assumptions").get("servicesCount").isNull()).isTrue();
	}

	@Test
	void dollarsAreRoundedToTheCent() {
		JsonNode cost = this.http.postJson("/api/v1/evaluations", Map.of("answers", WORKED)).json().get("cost");
		for (JsonNode estimate : cost.get("estimates")) {
			double monthly = estimate.get("monthlyUsd").asDouble();
			assertThat(Math.abs(monthly * 100 - Math.round(monthly * 100))).isLessThan(1e-6);
		}
	}

	@Test
	void editedPricesChangeTheEstimateTheBreakEvenAndTheCostCriterion() {
		Http.Response response = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", WORKED, "assumptions", Map.of("gatewayPerMillionUsd", 0)));
		assertThat(response.status()).isEqualTo(200);
		JsonNode cost = response.json().get("cost");
		assertThat(monthly(cost, "serverless")).isCloseTo(0.80, within(0.005));
		assertThat(cost.get("breakEvenRequestsPerMonth").asLong()).isBetween(60_000_000L, 66_000_000L);
		assertThat(cost.get("assumptions").get("gatewayPerMillionUsd").asDouble()).isZero();
		JsonNode reason = costModelReason(response.json());
		assertThat(reason.get("trait").asString()).isEqualTo("monthlyRequests");
		assertThat(reason.get("effects").get("serverless").asInt()).isEqualTo(2);
		assertThat(reason.get("text").asString()).contains("break-even");
	}

	@Test
	void volumesThatNeverCrossHaveNoBreakEven() {
		// functions priced at nothing are always cheaper than a provisioned service
		Http.Response response = this.http.postJson("/api/v1/evaluations", Map.of("answers", WORKED, "assumptions",
				Map.of("faasRequestPerMillionUsd", 0, "faasGbSecondUsd", 0, "gatewayPerMillionUsd", 0)));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("cost").get("breakEvenRequestsPerMonth").isNull()).isTrue();
	}

	@Test
	void badAssumptionsAreRefusedNamingEachField() {
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("vcpuHourUsd", -1);
		bad.put("targetUtilization", 1.5);
		bad.put("minTasks", 2.5);
		bad.put("gbHourUsd", "cheap");
		bad.put("spotDiscount", 0.3);
		Http.Response response = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", WORKED, "assumptions", bad));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		Map<String, JsonNode> errors = new LinkedHashMap<>();
		response.json().get("errors").forEach((error) -> errors.put(error.get("field").asString(), error));
		assertThat(errors).containsOnlyKeys("assumptions.vcpuHourUsd", "assumptions.targetUtilization",
				"assumptions.minTasks", "assumptions.gbHourUsd", "assumptions.spotDiscount");
		assertThat(errors.get("assumptions.vcpuHourUsd").get("code").asString()).isEqualTo("negative");
		assertThat(errors.get("assumptions.vcpuHourUsd").get("message").asString())
			.isEqualTo("Enter a number of 0 or more.");
		assertThat(errors.get("assumptions.targetUtilization").get("code").asString()).isEqualTo("outOfRange");
		assertThat(errors.get("assumptions.targetUtilization").get("message").asString()).contains("1");
		assertThat(errors.get("assumptions.minTasks").get("code").asString()).isEqualTo("notAnInteger");
		assertThat(errors.get("assumptions.gbHourUsd").get("code").asString()).isEqualTo("notANumber");
		assertThat(errors.get("assumptions.spotDiscount").get("code").asString()).isEqualTo("unknownAssumption");
		assertThat(errors.get("assumptions.spotDiscount").get("message").asString()).contains("spotDiscount");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void assumptionsAreSavedWithAnAssessmentAndChangedWithItsAnswers() {
		Http.Response created = this.http.postJson("/api/v1/assessments", Map.of("title", "Cost check", "answers",
				WORKED, "assumptions", Map.of("gatewayPerMillionUsd", 0, "servicesCount", 4)));
		assertThat(created.status()).isEqualTo(201);
		String viewKey = created.json().get("viewKey").asString();
		String ownerKey = created.json().get("ownerKey").asString();

		JsonNode read = this.http.get("/api/v1/assessments/" + viewKey).json();
		JsonNode cost = read.get("evaluation").get("cost");
		assertThat(monthly(cost, "serverless")).isCloseTo(0.80, within(0.005));
		assertThat(cost.get("assumptions").get("servicesCount").asInt()).isEqualTo(4);

		Http.Response revised = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers",
				Map.of("answers", WORKED, "assumptions", Map.of("vcpuHourUsd", 0.05)), Map.of("X-Owner-Key", ownerKey));
		assertThat(revised.status()).isEqualTo(200);
		assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
		JsonNode after = revised.json().get("evaluation").get("cost").get("assumptions");
		assertThat(after.get("vcpuHourUsd").asDouble()).isEqualTo(0.05);
		assertThat(after.get("gatewayPerMillionUsd").asDouble()).isEqualTo(1.0);
		assertThat(after.get("servicesCount").isNull()).isTrue();

		Http.Response same = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers",
				Map.of("answers", WORKED), Map.of("X-Owner-Key", ownerKey));
		assertThat(same.json().get("revision").asInt()).isEqualTo(2);
		assertThat(same.json().get("evaluation").get("cost").get("assumptions").get("vcpuHourUsd").asDouble())
			.isEqualTo(0.05);
	}

	@Test
	void badAssumptionsOnAnAssessmentSaveNothing() {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Bad", "answers", WORKED, "assumptions", Map.of("loadBalancerMonthlyUsd", -5)));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.json().get("errors").get(0).get("field").asString())
			.isEqualTo("assumptions.loadBalancerMonthlyUsd");
	}

	private static JsonNode costModelReason(JsonNode evaluation) {
		for (JsonNode criterion : evaluation.get("criteria")) {
			if (criterion.get("criterion").asString().equals("cost")) {
				for (JsonNode reason : criterion.get("reasons")) {
					if (reason.get("rule").asString().equals("cost-model")) {
						return reason;
					}
				}
			}
		}
		throw new AssertionError("no cost-model reason");
	}

	private static double monthly(JsonNode cost, String architecture) {
		return estimate(cost, architecture).get("monthlyUsd").asDouble();
	}

	private static JsonNode estimate(JsonNode cost, String architecture) {
		for (JsonNode estimate : cost.get("estimates")) {
			if (estimate.get("architecture").asString().equals(architecture)) {
				return estimate;
			}
		}
		throw new AssertionError("no estimate for " + architecture);
	}

}
