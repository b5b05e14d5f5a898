package io.archfit.system;

import java.util.Map;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing links is slowed down: after the allowed number of unknown keys a minute, the
 * client gets 429 with Retry-After; pages that are not capability links stay open. A key
 * counts wherever it travels: in the path, in the query of a comparison, in a form or
 * JSON field, in the X-Owner-Key header.
 * <p>
 * Own context and database (not {@code @AppTest}): the limit must be on and low, and its
 * counts must not be shared with other test classes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ratelimit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.key-misses-per-minute=10" })
class KeyGuessingLimitTests {

	static final Map<String, Object> CREATE = Map.of("title", "Checkout", "answers",
			Map.of("domainSize", "small", "teamCount", "one"));

	@LocalServerPort
	int port;

	@Test
	void repeatedUnknownKeysAreAnswered429WithRetryAfterWhereverTheKeyTravels() {
		Http http = new Http(this.port);
		// what the misses are tried against: these count as nothing
		Http.Response assessment = http.postJson("/api/v1/assessments", CREATE);
		assertThat(assessment.status()).isEqualTo(201);
		String view = assessment.json().get("viewKey").asString();
		Http.Response workspace = http.postJson("/api/v1/workspaces", Map.of("name", "Team"));
		assertThat(workspace.status()).isEqualTo(201);
		String workspaceOwner = workspace.json().get("ownerKey").asString();
		FormClient browser = new FormClient(this.port);
		assertThat(browser.get("/wo/" + workspaceOwner).status()).isEqualTo(200);
		assertThat(http.get("/a/" + view).status()).isEqualTo(200);

		// ten misses, the limit: five in paths, five elsewhere; following a known link
		// between them earns no extra guess
		assertThat(http.get("/a/" + AccessKeys.newKey()).status()).isEqualTo(404);
		assertThat(http.get("/a/" + view).status()).isEqualTo(200);
		assertThat(http.get("/o/" + AccessKeys.newKey()).status()).isEqualTo(404);
		assertThat(http.get("/a/" + view).status()).isEqualTo(200);
		assertThat(http.get("/w/" + AccessKeys.newKey()).status()).isEqualTo(404);
		assertThat(http.get("/wo/" + AccessKeys.newKey() + "/delete").status()).isEqualTo(404);
		assertThat(http.get("/api/v1/workspaces/" + AccessKeys.newKey() + "/assessments").status()).isEqualTo(404);
		assertThat(http.get("/compare?keys=" + view + "," + AccessKeys.newKey()).status()).isEqualTo(404);
		assertThat(http.get("/a/" + view).status()).isEqualTo(200);
		assertThat(http.get("/api/v1/compare?keys=" + view + "," + AccessKeys.newKey()).status()).isEqualTo(404);
		assertThat(browser.post("/wo/" + workspaceOwner + "/move-in", "link", "/o/" + AccessKeys.newKey()).status())
			.isEqualTo(422);
		Map<String, Object> inWorkspace = Map.of("title", "Checkout", "answers", Map.of("domainSize", "small"),
				"workspaceKey", AccessKeys.newKey());
		assertThat(http.postJson("/api/v1/assessments", inWorkspace).status()).isEqualTo(400);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + view + "/answers", Map.of("answers", Map.of()),
					Map.of("X-Owner-Key", AccessKeys.newKey()))
			.status()).isEqualTo(403);

		Http.Response limited = http.get("/a/" + AccessKeys.newKey());
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		Http.Response api = http.get("/api/v1/assessments/" + AccessKeys.newKey());
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.contentType()).startsWith("application/problem+json");
		// refused wherever a key may travel, even a right one
		assertThat(http.get("/a/" + view).status()).isEqualTo(429);
		assertThat(http.get("/compare?keys=" + view + "," + view).status()).isEqualTo(429);
		assertThat(browser.post("/wo/" + workspaceOwner + "/move-in", "link", "/o/" + AccessKeys.newKey()).status())
			.isEqualTo(429);
		assertThat(http.postJson("/api/v1/assessments", inWorkspace).status()).isEqualTo(429);
		// pages that take no key stay open
		assertThat(http.get("/").status()).isEqualTo(200);
		assertThat(http.get("/workspaces/new").status()).isEqualTo(200);
	}

}
