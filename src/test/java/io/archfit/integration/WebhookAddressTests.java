package io.archfit.integration;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the default settings webhooks never reach the network ArchFit runs in: an
 * endpoint on 127.0.0.1, a private address or the cloud metadata address is refused when
 * it is added (API and page, naming the field), and an endpoint that passed once but now
 * leads to a loopback or metadata address (a name that resolves elsewhere since) is
 * refused again when its delivery is due, without a single request reaching it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:webhook-addresses;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.creations-per-minute=0", "archfit.rate-limit.comments-per-minute=0",
				"archfit.webhooks.poll-interval=100ms" })
class WebhookAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loopbackPrivateAndMetadataAddressesAreRefusedWhenAdded() {
		Http http = new Http(this.port);
		JsonNode workspace = http.postJson("/api/v1/workspaces", Map.of("name", "Team")).json();
		String path = "/api/v1/workspaces/" + workspace.get("viewKey").asString() + "/webhooks";
		Map<String, String> owner = Map.of("X-Owner-Key", workspace.get("ownerKey").asString());
		Map<String, String> refusals = Map.of("https://127.0.0.1/hook", "webhookPrivateAddress",
				"http://127.0.0.1:8080/hook", "webhookPrivateAddress", "https://169.254.169.254/latest/meta-data",
				"webhookForbiddenAddress", "https://10.0.0.7/hook", "webhookPrivateAddress", "https://localhost/hook",
				"webhookPrivateAddress", "https://[fd00:ec2::254]/", "webhookForbiddenAddress",
				"http://203.0.113.7/hook", "webhookHttps");
		refusals.forEach((url, code) -> {
			Http.Response refused = http.sendJson("POST", path, Map.of("url", url, "events", List.of("vote.cast")),
					owner);
			assertThat(refused.status()).as(url).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			JsonNode error = refused.json().get("errors").get(0);
			assertThat(error.get("field").asString()).isEqualTo("url");
			assertThat(error.get("code").asString()).as(url).isEqualTo(code);
		});
		assertThat(http.sendJson("GET", path, "", owner).json()).isEmpty();

		FormClient browser = new FormClient(this.port);
		String ownerPage = "/wo/" + workspace.get("ownerKey").asString();
		browser.get(ownerPage);
		Http.Response page = browser.post(ownerPage + "/webhooks", "url", "http://127.0.0.1/hook", "events",
				"comment.created");
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("id=\"webhook-url-error\"", "private or local network");
		assertThat(http
			.sendJson("POST", path, Map.of("url", "https://203.0.113.7/hook", "events", List.of("vote.cast")), owner)
			.status()).isEqualTo(201);
	}

	@Test
	void anEndpointThatNowLeadsToALoopbackOrMetadataAddressIsRefusedAtDeliveryTime() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			Http http = new Http(this.port);
			JsonNode workspace = http.postJson("/api/v1/workspaces", Map.of("name", "Team")).json();
			Long workspaceId = this.jdbc.queryForObject("select id from workspace where view_key = ?", Long.class,
					workspace.get("viewKey").asString());
			// as if these had passed when added and their names resolved elsewhere since
			String loopback = receiver.url("/hook").replace("http://127.0.0.1", "https://localhost");
			for (String url : List.of(loopback, "https://169.254.169.254/latest/meta-data")) {
				this.jdbc.update(
						"insert into webhook_endpoint (workspace_id, url, format, events, secret, language, "
								+ "created_at, version) values (?, ?, 'standard', 'assessment.created', "
								+ "'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'en', current_timestamp, 0)",
						workspaceId, url);
			}
			assertThat(http
				.postJson("/api/v1/assessments", Map.of("title", "Internal", "answers", Map.of(), "workspaceKey",
						workspace.get("ownerKey").asString()))
				.status()).isEqualTo(201);
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			List<Map<String, Object>> attempts;
			do {
				LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
				attempts = this.jdbc.queryForList(
						"select d.last_error, d.attempts, d.response_code from webhook_delivery d "
								+ "join webhook_endpoint e on e.id = d.endpoint_id where e.workspace_id = ?",
						workspaceId);
				assertThat(System.nanoTime()).as("attempts made: %s", attempts).isLessThan(deadline);
			}
			while (attempts.size() < 2
					|| attempts.stream().anyMatch((row) -> ((Number) row.get("attempts")).intValue() == 0));
			assertThat(attempts).allSatisfy((row) -> {
				assertThat(row.get("last_error")).isEqualTo("address");
				assertThat(row.get("response_code")).isNull();
			});
			assertThat(receiver.requests()).isZero();
		}
	}

}
