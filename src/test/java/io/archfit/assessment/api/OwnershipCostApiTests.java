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

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cost of ownership over real HTTP: the total next to infrastructure, both
 * break-evens, the parts a catalogue declares (an assessment scored with catalogue v2),
 * and the new assumptions accepted, echoed and refused naming each bad field.
 */
@AppTest
class OwnershipCostApiTests {

	static final Map<String, Object> BILLION = Map.of("monthlyRequests", 1_000_000_000, "avgDurationMs", 100,
			"memoryMb", 512, "peakToAverage", 5, "domainSize", "medium", "devopsMaturity", "medium");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void aCatalogueWithoutPeopleGivesTheSameTotalAndBreakEven() {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Hosting only", "answers", CostApiTests.WORKED));
		String viewKey = created.json().get("viewKey").asString();
		scoreWith(this.jdbc, viewKey, "v1");
		JsonNode cost = this.http.get("/api/v1/assessments/" + viewKey).json().get("evaluation").get("cost");
		assertThat(cost.get("criterionFigure").asString()).isEqualTo("infrastructure");
		assertThat(cost.get("totalBreakEvenRequestsPerMonth").asLong())
			.isEqualTo(cost.get("breakEvenRequestsPerMonth").asLong());
		for (JsonNode estimate : cost.get("estimates")) {
			assertThat(estimate.get("totalMonthlyUsd").asDouble()).isEqualTo(estimate.get("monthlyUsd").asDouble());
		}
	}

	@Test
	void anAssessmentScoredWithVersionTwoShowsEveryPartAndBothBreakEvens() {
		Http.Response created = this.http.postJson("/api/v1/assessments", Map.of("title", "Ownership check", "answers",
				BILLION, "assumptions", Map.of("engineerHourUsd", 100, "internalCallsPerRequest", 2)));
		assertThat(created.status()).isEqualTo(201);
		String viewKey = created.json().get("viewKey").asString();
		scoreWith(this.jdbc, viewKey, "v2");

		JsonNode read = this.http.get("/api/v1/assessments/" + viewKey).json();
		assertThat(read.get("catalogueVersion").asString()).isEqualTo("v2");
		JsonNode cost = read.get("evaluation").get("cost");
		assertThat(cost.get("criterionFigure").asString()).isEqualTo("total");
		JsonNode monolith = estimate(cost, "monolith");
		JsonNode microservices = estimate(cost, "microservices");
		List<String> parts = new ArrayList<>();
		microservices.get("breakdown").propertyNames().forEach(parts::add);
		assertThat(parts).containsExactly("requests", "compute", "gateway", "idleCapacity", "loadBalancer", "platform",
				"internalCalls", "people");
		assertThat(monolith.get("monthlyUsd").asDouble()).isCloseTo(593.68, within(0.005));
		// 3.145 engineer-hours at $100
		assertThat(monolith.get("breakdown").get("people").asDouble()).isCloseTo(314.50, within(0.005));
		assertThat(monolith.get("totalMonthlyUsd").asDouble()).isCloseTo(593.68 + 314.50, within(0.01));
		assertThat(microservices.get("monthlyUsd").asDouble()).isGreaterThan(monolith.get("monthlyUsd").asDouble());
		assertThat(microservices.get("totalMonthlyUsd").asDouble())
			.isGreaterThan(monolith.get("totalMonthlyUsd").asDouble());
		assertThat(microservices.get("breakdown").get("platform").asDouble()).isPositive();
		assertThat(cost.get("breakEvenRequestsPerMonth").asLong()).isBetween(31_000_000L, 33_000_000L);
		assertThat(cost.get("totalBreakEvenRequestsPerMonth").asLong())
			.isGreaterThan(cost.get("breakEvenRequestsPerMonth").asLong());
		assertThat(cost.get("assumptions").get("engineerHourUsd").asDouble()).isEqualTo(100);
		assertThat(cost.get("assumptions").get("internalCallsPerRequest").asDouble()).isEqualTo(2);
		assertThat(cost.get("assumptions").get("controlPlaneMonthlyUsd").asDouble()).isEqualTo(73);
	}

	@Test
	void badOwnershipAssumptionsAreRefusedNamingEachField() {
		Map<String, Object> bad = new LinkedHashMap<>();
		bad.put("engineerHourUsd", -1);
		bad.put("crossZoneShare", 2);
		bad.put("internalCallsPerRequest", "many");
		bad.put("opsHoursPerUnit", 5000);
		Http.Response response = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", CostApiTests.WORKED, "assumptions", bad));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		Map<String, String> codes = new LinkedHashMap<>();
		response.json()
			.get("errors")
			.forEach((error) -> codes.put(error.get("field").asString(), error.get("code").asString()));
		assertThat(codes).containsExactly(Map.entry("assumptions.internalCallsPerRequest", "notANumber"),
				Map.entry("assumptions.crossZoneShare", "outOfRange"),
				Map.entry("assumptions.engineerHourUsd", "negative"),
				Map.entry("assumptions.opsHoursPerUnit", "outOfRange"));
	}

	/**
	 * Makes a saved assessment one scored with a given catalogue version, as re-scoring
	 * does, whichever version is current.
	 */
	static void scoreWith(JdbcTemplate jdbc, String viewKey, String version) {
		assertThat(jdbc.update("update assessment set catalogue_version = ? where view_key = ?", version, viewKey))
			.isEqualTo(1);
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
