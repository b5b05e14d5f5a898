package io.archfit.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import io.archfit.ArchFitApplication;
import io.archfit.support.Http;
import io.archfit.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one database (this test's application and a second one started beside
 * it on the same database: an in-memory H2, or the PostgreSQL schema of
 * {@code PostgresTwoInstancesTests}): a report open on one instance hears of a comment
 * saved through the other, which it can only learn from the database; and deliveries
 * created on both are each sent exactly once, although both instances' senders claim from
 * the same table.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { TwoInstancesTests.DATABASE, "archfit.rate-limit.comments-per-minute=0",
				"archfit.webhooks.allow-private-addresses=true", "archfit.webhooks.poll-interval=100ms",
				"archfit.live.poll-interval=200ms" })
class TwoInstancesTests {

	static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:two-instances;MODE=PostgreSQL;"
			+ "DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

	static final Duration WITHIN = Duration.ofSeconds(60);

	static ConfigurableApplicationContext other;

	/** What the second instance takes over from the first: where the database is. */
	static final List<String> SHARED = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password", "spring.flyway.schemas", "spring.jpa.properties.hibernate.default_schema");

	@LocalServerPort
	int port;

	@Autowired
	Environment environment;

	@BeforeEach
	void startTheOtherInstance() {
		if (other != null) {
			return;
		}
		List<String> properties = new java.util.ArrayList<>(
				List.of("server.port=0", "archfit.rate-limit.comments-per-minute=0",
						"archfit.webhooks.allow-private-addresses=true", "archfit.webhooks.poll-interval=100ms",
						"archfit.live.poll-interval=200ms", "spring.main.banner-mode=off"));
		for (String name : SHARED) {
			String value = this.environment.getProperty(name);
			if (value != null) {
				properties.add(name + "=" + value);
			}
		}
		// as arguments, which come before the application's own properties
		other = new SpringApplicationBuilder(ArchFitApplication.class).profiles(this.environment.getActiveProfiles())
			.run(properties.stream().map((property) -> "--" + property).toArray(String[]::new));
	}

	@AfterAll
	static void stopTheOtherInstance() {
		if (other != null) {
			other.close();
			other = null;
		}
	}

	int otherPort() {
		return Integer.parseInt(other.getEnvironment().getProperty("local.server.port"));
	}

	@Test
	void aReportOpenOnOneInstanceHearsOfACommentSavedThroughTheOther() throws Exception {
		Http a = new Http(this.port);
		String viewKey = a
			.postJson("/api/v1/assessments", Map.of("title", "Shared", "answers", Map.of("domainSize", "small")))
			.json()
			.get("viewKey")
			.asString();
		HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort() + "/a/" + viewKey + "/events"))
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> {
			Iterator<String> lines = stream.body().iterator();
			while (lines.hasNext()) {
				String line = lines.next();
				if (line.startsWith("data:")) {
					return line.substring(5).strip();
				}
			}
			return null;
		});
		LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
		assertThat(a.postJson("/api/v1/assessments/" + viewKey + "/comments", Map.of("author", "Ana", "body", "From A"))
			.status()).isEqualTo(201);
		assertThat(change.get(WITHIN.toSeconds(), TimeUnit.SECONDS)).isEqualTo("comment.created");
		stream.body().close();
	}

	@Test
	void deliveriesCreatedOnBothInstancesAreEachSentExactlyOnce() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Http a = new Http(this.port);
			Http b = new Http(otherPort());
			JsonNode workspace = a.postJson("/api/v1/workspaces", Map.of("name", "Both")).json();
			String ownerKey = workspace.get("ownerKey").asString();
			Http.Response endpoint = a.sendJson("POST",
					"/api/v1/workspaces/" + workspace.get("viewKey").asString() + "/webhooks",
					Map.of("url", receiver.url("/both"), "events", List.of("comment.created")),
					Map.of("X-Owner-Key", ownerKey));
			receiver.secret(endpoint.json().get("secret").asString());
			String viewKey = a
				.postJson("/api/v1/assessments", Map.of("title", "Busy", "answers", Map.of(), "workspaceKey", ownerKey))
				.json()
				.get("viewKey")
				.asString();
			int comments = 40;
			for (int i = 0; i < comments; i++) {
				Http through = (i % 2 == 0) ? a : b;
				assertThat(through
					.postJson("/api/v1/assessments/" + viewKey + "/comments", Map.of("author", "Ana", "body", "#" + i))
					.status()).isEqualTo(201);
			}
			receiver.await((all) -> all.size() >= comments, WITHIN, comments + " deliveries");
			JdbcTemplate jdbc = other.getBean(JdbcTemplate.class);
			long deadline = System.nanoTime() + WITHIN.toNanos();
			while (jdbc.queryForObject(
					"select count(*) from webhook_delivery d join webhook_endpoint e on "
							+ "e.id = d.endpoint_id where e.url = ? and d.status = 'delivered'",
					Integer.class, receiver.url("/both")) < comments) {
				assertThat(System.nanoTime()).as("all recorded as delivered").isLessThan(deadline);
				LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
			}
			List<WebhookReceiver.Delivery> received = receiver.deliveries();
			assertThat(received).hasSize(comments).allMatch(WebhookReceiver.Delivery::signatureValid);
			assertThat(received.stream().map(WebhookReceiver.Delivery::webhookId).distinct()).hasSize(comments);
		}
	}

}
