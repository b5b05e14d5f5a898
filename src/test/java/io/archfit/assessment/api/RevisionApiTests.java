package io.archfit.assessment.api;

import java.util.List;
import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revisions of an assessment over real HTTP: the list, newest first, and each
 * revision with its answers, priorities, catalogue version and evaluation.
 */
@AppTest
class RevisionApiTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void everyChangeOfAnswersIsARevisionReadableAsItWas() {
		JsonNode created = this.http
			.postJson("/api/v1/assessments",
					Map.of("title", "Orders", "answers", Map.of("domainSize", "small", "teamCount", "one"),
							"priorities", List.of("cost")))
			.json();
		String viewKey = created.get("viewKey").asString();
		Map<String, String> owner = Map.of("X-Owner-Key", created.get("ownerKey").asString());
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers",
					Map.of("answers", Map.of("domainSize", "large", "teamCount", "many")), owner)
			.status()).isEqualTo(200);

		JsonNode list = this.http.get("/api/v1/assessments/" + viewKey + "/revisions").json();
		assertThat(list).hasSize(2);
		assertThat(list.get(0).get("number").asInt()).isEqualTo(2);
		assertThat(list.get(1).get("number").asInt()).isEqualTo(1);
		assertThat(list.get(1).get("catalogueVersion").asString()).isEqualTo("v5");
		assertThat(list.get(1).get("recommended").asString()).isNotBlank();
		assertThat(list.get(1).get("createdAt").asString()).isNotBlank();

		JsonNode first = this.http.get("/api/v1/assessments/" + viewKey + "/revisions/1").json();
		assertThat(first.get("number").asInt()).isEqualTo(1);
		assertThat(first.get("of").asInt()).isEqualTo(2);
		assertThat(first.get("catalogueVersion").asString()).isEqualTo("v5");
		assertThat(first.get("answers").get("domainSize").asString()).isEqualTo("small");
		assertThat(first.get("priorities").get(0).asString()).isEqualTo("cost");
		assertThat(first.get("evaluation").get("ranking")).hasSize(4);
		assertThat(first.get("evaluation").get("recommended").asString())
			.isEqualTo(list.get(1).get("recommended").asString());
		JsonNode second = this.http.get("/api/v1/assessments/" + viewKey + "/revisions/2").json();
		assertThat(second.get("answers").get("domainSize").asString()).isEqualTo("large");
	}

	@Test
	void unknownAssessmentsAndRevisionsAre404() {
		String viewKey = this.http
			.postJson("/api/v1/assessments", Map.of("title", "Solo", "answers", Map.of("domainSize", "small")))
			.json()
			.get("viewKey")
			.asString();
		for (String path : List.of("/revisions/2", "/revisions/0", "/revisions/abc", "/revisions/99999999999",
				"/revisions/-1")) {
			Http.Response response = this.http.get("/api/v1/assessments/" + viewKey + path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
		assertThat(this.http.get("/api/v1/assessments/" + "A".repeat(32) + "/revisions").status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/assessments/" + "A".repeat(32) + "/revisions/1").status()).isEqualTo(404);
	}

}
