package io.archfit.assessment.api;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evidence.Evidence;
import io.archfit.evidence.TrackRecord;
import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API over real HTTP: evaluations, saved assessments, owner-only changes and
 * every kind of bad input answered as a problem document.
 */
@AppTest
class AssessmentApiTests {

	static final Map<String, Object> MVP = Map.of("domainSize", "small", "teamCount", "one", "engineers", 4,
			"timeToMarket", "under-3-months", "trafficPattern", "steady");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void theCatalogueIsServedAsDataWithTheSourceOfEveryRule() {
		Http.Response current = this.http.get("/api/v1/catalogue");
		assertThat(current.status()).isEqualTo(200);
		JsonNode body = current.json();
		assertThat(body.get("version").asString()).isNotBlank();
		assertThat(body.get("architectures")).hasSize(4);
		assertThat(body.get("rules")).isNotEmpty().allSatisfy((rule) -> assertThat(rule.get("sources")).isNotEmpty());
		assertThat(body.get("references"))
			.allSatisfy((reference) -> assertThat(reference.get("url").asString()).startsWith("http"));
		Http.Response v1 = this.http.get("/api/v1/catalogue/v1");
		assertThat(v1.status()).isEqualTo(200);
		assertThat(v1.json().get("version").asString()).isEqualTo("v1");
	}

	@Test
	void anUnknownCatalogueVersionIsNotFound() {
		Http.Response response = this.http.get("/api/v1/catalogue/v0");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void evaluationRanksAllFourWithReasonsAndSavesNothing() {
		Http.Response response = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", MVP, "priorities", List.of("timeToMarket")));
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("recommended").asString()).isEqualTo("monolith");
		assertThat(body.get("ranking")).hasSize(4);
		assertThat(body.get("confidence").asDouble()).isBetween(0.0, 1.0);
		assertThat(body.get("confidenceLevel").asString()).isIn("low", "medium", "high");
		assertThat(body.get("closeCall").isBoolean()).isTrue();
		JsonNode record = body.get("confidenceTrackRecord");
		TrackRecord expected = new Evidence()
			.trackRecord(Catalogues.loadBuiltIn().current(),
					ConfidenceLevel.valueOf(body.get("confidenceLevel").asString().toUpperCase(Locale.ROOT)))
			.orElseThrow();
		assertThat(List.of(record.get("cases").asInt(), record.get("right").asInt(), record.get("corpus").asInt()))
			.as("what this confidence level has meant on the public cases")
			.containsExactly(expected.cases(), expected.right(), expected.corpus());
		assertThat(body.get("similarCases")).hasSize(3).allSatisfy((similar) -> {
			assertThat(similar.get("id").asString()).isNotBlank();
			assertThat(similar.get("concluded").asString()).isIn("monolith", "microservices", "serverless", "hybrid");
			assertThat(similar.get("sourceUrl").asString()).startsWith("http");
			assertThat(similar.get("why").asString()).isNotBlank();
			assertThat(similar.get("distance").asDouble()).isBetween(0.0, 1.0);
		});
		long agreeing = 0;
		for (JsonNode similar : body.get("similarCases")) {
			agreeing += similar.get("concluded").asString().equals(body.get("recommended").asString()) ? 1 : 0;
		}
		JsonNode check = body.get("confidenceCheck");
		assertThat(check.get("nearestCases").asInt()).as("the confidence is checked against the cases shown")
			.isEqualTo(3);
		assertThat(check.get("agreeing").asLong()).isEqualTo(agreeing);
		if (agreeing < 2) {
			assertThat(body.get("confidenceLevel").asString()).isEqualTo("low");
		}
		else if (agreeing < 3) {
			assertThat(body.get("confidenceLevel").asString()).isNotEqualTo("high");
		}
		double byCases = check.get("rightWhenAgreeing").asDouble() * check.get("answeredShare").asDouble();
		double averaged = Math.round((check.get("byLead").asDouble() + byCases) * 50) / 100.0;
		if (check.hasNonNull("heldBelow")) {
			assertThat(body.get("confidence").asDouble()).isLessThan(averaged);
		}
		else {
			assertThat(body.get("confidence").asDouble()).as("the lead and the cases' record, averaged")
				.isEqualTo(averaged);
		}
		for (JsonNode criterion : body.get("criteria")) {
			for (JsonNode reason : criterion.get("reasons")) {
				assertThat(reason.get("sources")).as(reason.get("rule").asString()).isNotEmpty();
			}
		}
		assertThat(body.get("catalogueVersion").asString()).isEqualTo("v5");
		assertThat(body.get("criteria")).isNotEmpty();
		assertThat(body.get("unanswered")).isNotEmpty();
		JsonNode timeToMarket = findCriterion(body, "timeToMarket");
		assertThat(timeToMarket.get("priority").asBoolean()).isTrue();
		assertThat(timeToMarket.get("reasons")).isNotEmpty();
		assertThat(timeToMarket.get("reasons").get(0).get("text").asString()).isNotBlank();
		for (JsonNode ranked : body.get("ranking")) {
			assertThat(ranked.get("score").asDouble()).isBetween(0.0, 100.0);
		}
	}

	@Test
	void gpuWorkloadRulesOutServerlessWithItsReason() {
		Http.Response response = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", Map.of("specialRuntime", "gpu")));
		JsonNode serverless = ranked(response.json(), "serverless");
		assertThat(serverless.get("viable").asBoolean()).isFalse();
		assertThat(serverless.get("blockers").get(0).get("reason").asString()).isNotBlank();
		assertThat(response.json().get("recommended").asString()).isNotEqualTo("serverless");
	}

	@Test
	void badAnswersAreRefusedNamingEachField() {
		Http.Response response = this.http.postJson("/api/v1/evaluations", Map.of("answers",
				Map.of("noSuchTrait", "x", "trafficPattern", "sometimes", "monthlyRequests", 99_000_000_000_000L),
				"priorities", List.of("cost", "nope")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		List<String> fields = fields(response.json());
		assertThat(fields).contains("answers.noSuchTrait", "answers.trafficPattern", "answers.monthlyRequests");
		assertThat(fields).anyMatch((field) -> field.startsWith("priorities"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.archfit");
	}

	@Test
	void malformedJsonWrongTypesUnknownFieldsAndWrongMediaTypeAre4xx() {
		Http.Response malformed = this.http.postJson("/api/v1/evaluations", "{\"answers\": {");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(fields(malformed.json())).containsExactly("body");

		Http.Response wrongType = this.http.postJson("/api/v1/evaluations", "{\"answers\": [1, 2]}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(fields(wrongType.json())).containsExactly("answers");

		Http.Response unknown = this.http.postJson("/api/v1/evaluations", "{\"answers\": {}, \"extra\": 1}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown.json())).containsExactly("extra");

		Http.Response text = this.http.send(HttpRequest.newBuilder(this.http.uri("/api/v1/evaluations"))
			.POST(HttpRequest.BodyPublishers.ofString("answers"))
			.header("Content-Type", "text/plain")
			.build());
		assertThat(text.status()).isEqualTo(415);
		assertThat(text.contentType()).startsWith("application/problem+json");
	}

	@Test
	void oversizedBodyIsRefusedWith413() {
		String huge = "{\"answers\": {\"x\": \"" + "a".repeat(600_000) + "\"}}";
		Http.Response response = this.http.postJson("/api/v1/evaluations", huge);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void assessmentIsSavedReadAndRevisedOnlyWithTheOwnerKey() {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Checkout service", "description", "Payments", "answers", MVP));
		assertThat(created.status()).isEqualTo(201);
		JsonNode links = created.json();
		String viewKey = links.get("viewKey").asString();
		String ownerKey = links.get("ownerKey").asString();
		assertThat(viewKey).hasSize(32).isNotEqualTo(ownerKey);
		assertThat(links.get("viewUrl").asString()).endsWith("/a/" + viewKey);
		assertThat(links.get("ownerUrl").asString()).endsWith("/o/" + ownerKey);
		assertThat(created.header("Location")).endsWith("/api/v1/assessments/" + viewKey);

		JsonNode read = this.http.get("/api/v1/assessments/" + viewKey).json();
		assertThat(read.get("title").asString()).isEqualTo("Checkout service");
		assertThat(read.get("revision").asInt()).isEqualTo(1);
		assertThat(read.get("evaluation").get("recommended").asString()).isEqualTo("monolith");
		assertThat(read.has("ownerKey")).isFalse();

		Map<String, Object> newAnswers = Map.of("answers",
				Map.of("specialRuntime", "gpu", "teamCount", "many", "domainSize", "large"));
		Http.Response withoutKey = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers", newAnswers,
				Map.of());
		assertThat(withoutKey.status()).isEqualTo(400);
		assertThat(fields(withoutKey.json())).containsExactly("X-Owner-Key");

		Http.Response withViewKey = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers", newAnswers,
				Map.of("X-Owner-Key", viewKey));
		assertThat(withViewKey.status()).isEqualTo(403);

		Http.Response revised = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers", newAnswers,
				Map.of("X-Owner-Key", ownerKey));
		assertThat(revised.status()).isEqualTo(200);
		assertThat(revised.json().get("revision").asInt()).isEqualTo(2);
		assertThat(revised.json().get("answers").get("specialRuntime").asString()).isEqualTo("gpu");

		Http.Response stale = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers",
				Map.of("answers", MVP, "version", 0), Map.of("X-Owner-Key", ownerKey));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(this.http.get("/api/v1/assessments/" + viewKey).json().get("revision").asInt()).isEqualTo(2);
	}

	@Test
	void creationValidatesTitleAndAnswersTogether() {
		Http.Response response = this.http.postJson("/api/v1/assessments",
				Map.of("title", "", "answers", Map.of("teamCount", "dozens")));
		assertThat(response.status()).isEqualTo(400);
		assertThat(fields(response.json())).contains("title", "answers.teamCount");
	}

	@Test
	void unknownKeysAnswer404AsProblems() {
		Http.Response unknown = this.http.get("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		Http.Response malformed = this.http.get("/api/v1/assessments/not-a-key");
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.body()).isEqualTo(unknown.body());
	}

	@Test
	void openApiDocumentDescribesTheApi() {
		Http.Response response = this.http.get("/v3/api-docs");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("/api/v1/evaluations", "/api/v1/assessments/{viewKey}/answers");
	}

	private static JsonNode findCriterion(JsonNode body, String id) {
		for (JsonNode criterion : body.get("criteria")) {
			if (criterion.get("criterion").asString().equals(id)) {
				return criterion;
			}
		}
		throw new AssertionError("no criterion " + id);
	}

	private static JsonNode ranked(JsonNode body, String architecture) {
		for (JsonNode ranked : body.get("ranking")) {
			if (ranked.get("architecture").asString().equals(architecture)) {
				return ranked;
			}
		}
		throw new AssertionError("no architecture " + architecture);
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
