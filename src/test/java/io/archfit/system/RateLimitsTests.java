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
 * Creations, comments and votes are limited per client address and minute: past the limit
 * the answer is 429 with Retry-After, a problem document under /api and a page elsewhere,
 * and each limit counts on its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:write-limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.creations-per-minute=3", "archfit.rate-limit.comments-per-minute=2",
				"archfit.rate-limit.votes-per-minute=2" })
class RateLimitsTests {

	static final Map<String, Object> CREATE = Map.of("title", "Checkout", "answers",
			Map.of("domainSize", "small", "teamCount", "one"));

	@LocalServerPort
	int port;

	@Test
	void creationsCommentsAndVotesAreLimitedPerClient() {
		Http http = new Http(this.port);
		Http.Response first = http.postJson("/api/v1/assessments", CREATE);
		assertThat(first.status()).isEqualTo(201);
		String view = first.json().get("viewKey").asString();
		assertThat(http.postJson("/api/v1/assessments", CREATE).status()).isEqualTo(201);

		FormClient browser = new FormClient(this.port);
		browser.get("/assessments/new");
		assertThat(browser.post("/assessments/new", "t.domainSize", "small").status()).isEqualTo(302);
		Http.Response page = browser.post("/assessments/new", "t.domainSize", "small");
		assertThat(page.status()).isEqualTo(429);
		assertThat(Integer.parseInt(page.header("Retry-After"))).isBetween(1, 60);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Too many requests", "created many assessments");
		Http.Response api = http.postJson("/api/v1/assessments", CREATE);
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.json().get("detail").asString()).contains("new assessments");
		assertThat(api.header("Retry-After")).isNotBlank();

		Map<String, Object> comment = Map.of("author", "Ana", "body", "Looks right");
		assertThat(http.postJson("/api/v1/assessments/" + view + "/comments", comment).status()).isEqualTo(201);
		assertThat(browser.post("/a/" + view + "/comments", "author", "Ben", "body", "Agreed").status()).isEqualTo(302);
		Http.Response comments = browser.post("/a/" + view + "/comments", "author", "Cy", "body", "One more");
		assertThat(comments.status()).isEqualTo(429);
		assertThat(comments.body()).contains("posted many comments");
		assertThat(http.postJson("/api/v1/assessments/" + view + "/comments", comment).status()).isEqualTo(429);

		Map<String, Object> vote = Map.of("voter", "Ana", "architecture", "recommended");
		assertThat(http.sendJson("PUT", "/api/v1/assessments/" + view + "/votes", vote, Map.of()).status())
			.isEqualTo(200);
		assertThat(browser.post("/a/" + view + "/votes", "voter", "Ben", "architecture", "recommended").status())
			.isEqualTo(302);
		Http.Response votes = http.sendJson("PUT", "/api/v1/assessments/" + view + "/votes", vote, Map.of());
		assertThat(votes.status()).isEqualTo(429);
		assertThat(votes.json().get("detail").asString()).contains("votes");

		assertThat(http.get("/a/" + view).status()).isEqualTo(200);
		assertThat(http.get("/api/v1/assessments/" + view).status()).isEqualTo(200);
	}

}
