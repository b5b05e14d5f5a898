package io.archfit.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.ArchFitApplication;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.PrivatePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away and comes back while the app runs (T5): meanwhile every request
 * that needs it answers a clean 503 quickly (page or problem, Retry-After, no internals),
 * liveness stays up; when it returns, requests succeed again within 5 s without
 * restarting the app, and every write acknowledged before the outage is there. Runs on a
 * private PostgreSQL cluster that the test stops and starts.
 */
class DatabaseOutageIT {

	static final long FAST_MILLIS = 5_000;

	static PrivatePostgres database;

	static ConfigurableApplicationContext app;

	static int port;

	@BeforeAll
	static void start() {
		database = PrivatePostgres.startOrSkip();
		app = new SpringApplicationBuilder(ArchFitApplication.class).profiles("postgres")
			.run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + database.jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--archfit.rate-limit.key-misses-per-minute=0", "--archfit.rate-limit.creations-per-minute=0",
					"--archfit.rate-limit.comments-per-minute=0", "--archfit.rate-limit.votes-per-minute=0");
		port = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (database != null) {
			database.close();
		}
	}

	@Test
	void requestsFailFastAndCleanlyWhileTheDatabaseIsDownAndRecoverWhenItReturns() {
		Http http = new Http(port);
		long startedAt = app.getStartupDate();
		List<String> views = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Http.Response created = http.postJson("/api/v1/assessments", Map.of("title", "Before outage " + i,
					"answers", Map.of("domainSize", "small", "teamCount", "one")));
			assertThat(created.status()).isEqualTo(201);
			views.add(created.json().get("viewKey").asString());
		}
		String view = views.get(0);
		assertThat(http.postJson("/api/v1/assessments/" + view + "/comments", Map.of("author", "Ana", "body", "Kept"))
			.status()).isEqualTo(201);
		FormClient browser = new FormClient(port);
		assertThat(browser.get("/a/" + view).status()).isEqualTo(200);
		assertThat(browser.post("/a/" + view + "/comments", "author", "Ben", "body", "Also kept").status())
			.isEqualTo(302);

		database.stop();

		List<Long> outageMillis = new ArrayList<>();
		Timed page = timed(() -> http.get("/a/" + view));
		outageMillis.add(page.millis());
		assertUnavailablePage(page.response());
		Timed form = timed(() -> browser.post("/a/" + view + "/comments", "author", "Cy", "body", "Lost?"));
		outageMillis.add(form.millis());
		assertUnavailablePage(form.response());
		Timed read = timed(() -> http.get("/api/v1/assessments/" + view));
		outageMillis.add(read.millis());
		assertUnavailableProblem(read.response());
		Timed write = timed(() -> http.postJson("/api/v1/assessments",
				Map.of("title", "During outage", "answers", Map.of("domainSize", "small"))));
		outageMillis.add(write.millis());
		assertUnavailableProblem(write.response());
		assertThat(outageMillis).allSatisfy((millis) -> assertThat(millis).isLessThan(FAST_MILLIS));
		assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

		database.start();
		long back = System.nanoTime();
		long deadline = back + Duration.ofSeconds(15).toNanos();
		int attempts = 0;
		Http.Response first;
		do {
			first = http.get("/api/v1/assessments/" + view);
			attempts++;
		}
		while (first.status() != 200 && System.nanoTime() < deadline && attempts < 200);
		double recoverySeconds = (System.nanoTime() - back) / 1e9;
		assertThat(first.status()).isEqualTo(200);
		assertThat(recoverySeconds).isLessThan(5.0);

		for (String key : views) {
			assertThat(http.get("/api/v1/assessments/" + key).status()).isEqualTo(200);
		}
		assertThat(http.get("/api/v1/assessments/" + view + "/comments").body()).contains("Kept", "Also kept");
		assertThat(http
			.postJson("/api/v1/assessments", Map.of("title", "After outage", "answers", Map.of("domainSize", "small")))
			.status()).isEqualTo(201);
		assertThat(app.isActive()).isTrue();
		assertThat(app.getStartupDate()).isEqualTo(startedAt);
		System.out.printf(
				"Database outage: %d requests while down, slowest %d ms, all 503; first success %.2f s after the "
						+ "database returned (%d attempts); %d acknowledged assessments and 2 comments all kept%n",
				outageMillis.size(), outageMillis.stream().mapToLong(Long::longValue).max().orElse(0), recoverySeconds,
				attempts, views.size());
	}

	private static void assertUnavailablePage(Http.Response response) {
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).isEqualTo("5");
		assertThat(response.contentType()).startsWith("text/html");
		assertThat(response.body()).contains("Briefly unavailable");
		assertNoInternals(response);
	}

	private static void assertUnavailableProblem(Http.Response response) {
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.header("Retry-After")).isEqualTo("5");
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("briefly unavailable");
		assertNoInternals(response);
	}

	private static void assertNoInternals(Http.Response response) {
		assertThat(response.body()).doesNotContain("Exception", "at org.", "at io.", "SQL", "jdbc", "Hikari",
				"postgres");
	}

	private static Timed timed(java.util.function.Supplier<Http.Response> request) {
		long start = System.nanoTime();
		Http.Response response = request.get();
		return new Timed(response, (System.nanoTime() - start) / 1_000_000);
	}

	record Timed(Http.Response response, long millis) {

	}

}
