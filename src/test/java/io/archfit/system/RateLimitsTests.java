package io.archfit.system;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Creations (assessments, workspaces, saved scenarios), comments and votes are limited
 * per client address and minute: past the limit the answer is 429 with Retry-After, a
 * problem document under /api and a page elsewhere, and each limit counts on its own.
 * <p>
 * Own context and database (not {@code @AppTest}): the limits must be on and low, and
 * their counts must not be shared with other test classes.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:write-limits;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.creations-per-minute=4", "archfit.rate-limit.comments-per-minute=2",
				"archfit.rate-limit.votes-per-minute=2" })
class RateLimitsTests {

	static final Map<String, Object> CREATE = Map.of("title", "Checkout", "answers",
			Map.of("domainSize", "small", "teamCount", "one"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void creationsCommentsAndVotesAreLimitedPerClient() {
		Http http = new Http(this.port);
		Http.Response first = http.postJson("/api/v1/assessments", CREATE);
		assertThat(first.status()).isEqualTo(201);
		String view = first.json().get("viewKey").asString();
		// workspaces and saved scenarios count as creations too: four are allowed
		assertThat(http.postJson("/api/v1/workspaces", Map.of("name", "Team")).status()).isEqualTo(201);
		FormClient browser = new FormClient(this.port);
		browser.get("/assessments/new");
		assertThat(browser.post("/workspaces", "name", "Team").status()).isEqualTo(302);
		assertThat(browser.post("/a/" + view + "/what-if/save", "title", "Variant", "t.teamCount", "one").status())
			.isEqualTo(302);

		Http.Response page = browser.post("/assessments/new", "t.domainSize", "small");
		assertThat(page.status()).isEqualTo(429);
		assertThat(Integer.parseInt(page.header("Retry-After"))).isBetween(1, 60);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("Too many requests", "created many assessments or workspaces");
		for (String[] form : List.of(new String[] { "/workspaces", "name", "Team" },
				new String[] { "/a/" + view + "/what-if/save", "title", "Variant", "t.teamCount", "one" })) {
			Http.Response refused = browser.post(form[0], Arrays.copyOfRange(form, 1, form.length));
			assertThat(refused.status()).as(form[0]).isEqualTo(429);
			assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
			assertThat(refused.body()).contains("created many assessments or workspaces");
		}
		Http.Response api = http.postJson("/api/v1/assessments", CREATE);
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.json().get("detail").asString()).contains("new assessments");
		assertThat(api.header("Retry-After")).isNotBlank();
		Http.Response workspaces = http.postJson("/api/v1/workspaces", Map.of("name", "Team"));
		assertThat(workspaces.status()).isEqualTo(429);
		assertThat(workspaces.contentType()).startsWith("application/problem+json");
		assertThat(workspaces.json().get("detail").asString()).contains("new assessments or workspaces");
		assertThat(workspaces.header("Retry-After")).isNotBlank();
		// the refused requests created nothing: one assessment and one scenario, two
		// workspaces
		assertThat(this.jdbc.queryForObject("select count(*) from assessment", Integer.class)).isEqualTo(2);
		assertThat(this.jdbc.queryForObject("select count(*) from workspace", Integer.class)).isEqualTo(2);

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
