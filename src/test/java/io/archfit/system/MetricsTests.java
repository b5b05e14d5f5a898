package io.archfit.system;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator scrapes: Prometheus text on the management port only, with the caches'
 * statistics moving as reports are read, HTTP timings per route template, the pool,
 * evaluations, new assessments, comments, votes and limit refusals, and none of the keys
 * handed out meanwhile anywhere in it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:metrics;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.key-misses-per-minute=3" })
class MetricsTests {

	static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32}");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	final Set<String> keys = new LinkedHashSet<>();

	@Test
	void prometheusOnTheManagementPortShowsTheCachesAtWorkAndNoKey() {
		Http http = new Http(this.port);
		Http.Response created = http.postJson("/api/v1/assessments",
				Map.of("title", "Checkout", "answers", Map.of("domainSize", "small", "teamCount", "one")));
		assertThat(created.status()).isEqualTo(201);
		String view = remember(created.json().get("viewKey").asString());
		String owner = remember(created.json().get("ownerKey").asString());
		Http.Response workspace = http.postJson("/api/v1/workspaces", Map.of("name", "Team"));
		remember(workspace.json().get("viewKey").asString());
		remember(workspace.json().get("ownerKey").asString());
		assertThat(http.postJson("/api/v1/assessments/" + view + "/comments", Map.of("author", "Ana", "body", "Fine"))
			.status()).isEqualTo(201);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + view + "/votes",
					Map.of("voter", "Ana", "architecture", "recommended"), Map.of())
			.status()).isEqualTo(200);
		FormClient browser = new FormClient(this.port);
		assertThat(browser.get("/o/" + owner).status()).isEqualTo(200);
		assertThat(browser.get("/a/" + view).status()).isEqualTo(200);

		String before = scrape();
		double fragmentHits = value(before, "cache_gets_total", "cache=\"rendered-fragments\",result=\"hit\"");
		double evaluationHits = value(before, "cache_gets_total", "cache=\"evaluations\",result=\"hit\"");
		for (int i = 0; i < 3; i++) {
			assertThat(browser.get("/a/" + view).status()).isEqualTo(200);
		}
		for (int i = 0; i < 4; i++) {
			http.get("/a/" + remember(AccessKeys.newKey()));
		}
		String after = scrape();
		assertThat(value(after, "cache_gets_total", "cache=\"rendered-fragments\",result=\"hit\""))
			.as("report parts read from the cache")
			.isGreaterThanOrEqualTo(fragmentHits + 3);
		assertThat(value(after, "cache_gets_total", "cache=\"evaluations\",result=\"hit\""))
			.as("evaluations read from the cache")
			.isGreaterThanOrEqualTo(evaluationHits + 3);
		assertThat(value(after, "cache_size", "cache=\"rendered-fragments\"")).isPositive();
		assertThat(after).contains("# TYPE http_server_requests_seconds ",
				"method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/a/{viewKey}\"", "uri=\"/o/{ownerKey}\"",
				"hikaricp_connections_active{", "archfit_evaluations_seconds_count ");
		assertThat(value(after, "archfit_new_assessments_total", null)).isPositive();
		assertThat(value(after, "archfit_comments_posted_total", null)).isPositive();
		assertThat(value(after, "archfit_votes_cast_total", null)).isPositive();
		assertThat(value(after, "archfit_rate_limit_refusals_total", "limit=\"keyMisses\"")).as("the fourth miss")
			.isEqualTo(1);

		assertThat(http.get("/actuator/prometheus").status()).as("the public port").isEqualTo(404);
		assertThat(http.get("/actuator/metrics").status()).isEqualTo(404);
		assertThat(this.keys).hasSizeGreaterThan(5);
		assertThat(this.keys.stream().filter(after::contains).toList()).as("keys in the metrics").isEmpty();
		Matcher shaped = KEY.matcher(after);
		while (shaped.find()) {
			assertThat(this.keys).doesNotContain(shaped.group());
		}
	}

	private String scrape() {
		Http.Response metrics = new Http(this.managementPort).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.contentType()).startsWith("text/plain");
		return metrics.body();
	}

	private String remember(String key) {
		this.keys.add(key);
		return key;
	}

	/** The value of a sample whose labels contain {@code labels} (null: any or none). */
	private static double value(String text, String name, String labels) {
		Pattern sample = Pattern.compile("(?m)^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$");
		Matcher matcher = sample.matcher(text);
		while (matcher.find()) {
			if (labels == null || (matcher.group(1) != null && matcher.group(1).contains(labels))) {
				return Double.parseDouble(matcher.group(2));
			}
		}
		throw new AssertionError(name + " " + labels + " not in the metrics");
	}

}
