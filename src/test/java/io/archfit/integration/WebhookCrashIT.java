package io.archfit.integration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.archfit.support.AppProcess;
import io.archfit.support.Http;
import io.archfit.support.WebhookReceiver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app killed with {@code kill -9} after a comment was committed and while
 * its delivery was under way (the receiver holds the request): once started again on the
 * same database, it delivers the comment, with the same webhook id and a valid signature.
 * Prints how long that took after the new start.
 */
class WebhookCrashIT {

	static final Duration WITHIN = Duration.ofSeconds(120);

	Path directory;

	@BeforeEach
	void database() throws IOException {
		Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target"));
		this.directory = Files.createTempDirectory(target, "webhook-crash-").toAbsolutePath();
	}

	@AfterEach
	void removeDatabase() throws IOException {
		FileSystemUtils.deleteRecursively(this.directory);
	}

	private AppProcess start(String name) {
		return AppProcess.named(name)
			.workingDirectory(this.directory)
			.property("archfit.webhooks.allow-private-addresses", "true")
			.property("archfit.webhooks.connect-timeout", "1s")
			.property("archfit.webhooks.read-timeout", "8s")
			.property("archfit.webhooks.poll-interval", "200ms")
			.startAndAwait();
	}

	@Test
	void aDeliveryUnderWayWhenTheProcessIsKilledGoesOutAfterARestartWithTheSameWebhookId() {
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String viewKey;
			long killed;
			String workspaceView;
			String workspaceOwner;
			try (AppProcess first = start("webhook-crash-1")) {
				Http api = new Http(first.port());
				JsonNode workspace = api.postJson("/api/v1/workspaces", Map.of("name", "Crash")).json();
				workspaceView = workspace.get("viewKey").asString();
				workspaceOwner = workspace.get("ownerKey").asString();
				Http.Response endpoint = api.sendJson("POST", "/api/v1/workspaces/" + workspaceView + "/webhooks",
						Map.of("url", receiver.url("/crash"), "events", List.of("comment.created")),
						Map.of("X-Owner-Key", workspaceOwner));
				assertThat(endpoint.status()).isEqualTo(201);
				receiver.secret(endpoint.json().get("secret").asString());
				viewKey = api
					.postJson("/api/v1/assessments",
							Map.of("title", "Crash", "answers", Map.of(), "workspaceKey", workspaceOwner))
					.json()
					.get("viewKey")
					.asString();
				receiver.hold();
				assertThat(api
					.postJson("/api/v1/assessments/" + viewKey + "/comments",
							Map.of("author", "Ana", "body", "Before the crash"))
					.status()).isEqualTo(201);
				receiver.await((all) -> all.size() == 1, WITHIN, "the first attempt");
				assertThat(first.kill().code()).isEqualTo(137);
				killed = System.nanoTime();
			}
			receiver.release();
			String webhookId = receiver.deliveries().get(0).webhookId();
			assertThat(receiver.deliveries().get(0).signatureValid()).isTrue();

			try (AppProcess second = start("webhook-crash-2")) {
				double ready = (System.nanoTime() - killed) / 1e9;
				List<WebhookReceiver.Delivery> all = receiver.await((received) -> received.size() >= 2, WITHIN,
						"the delivery after the restart");
				System.out.printf(
						"Webhook after kill -9: the new instance was ready %.1f s after the kill, the delivery "
								+ "arrived %.1f s after the kill (its claim lasts %d s)%n",
						ready, (all.get(1).receivedNanos() - killed) / 1e9, 23);
				assertThat(all).extracting(WebhookReceiver.Delivery::webhookId).containsOnly(webhookId);
				assertThat(all).allMatch(WebhookReceiver.Delivery::signatureValid);
				assertThat(all.get(1).body()).isEqualTo(all.get(0).body()).contains("Before the crash");
				Http api = new Http(second.port());
				long deadline = System.nanoTime() + WITHIN.toNanos();
				JsonNode delivery;
				do {
					delivery = api
						.sendJson("GET",
								"/api/v1/workspaces/" + workspaceView + "/webhooks/"
										+ api
											.sendJson("GET", "/api/v1/workspaces/" + workspaceView + "/webhooks", "",
													Map.of("X-Owner-Key", workspaceOwner))
											.json()
											.get(0)
											.get("id")
											.asLong()
										+ "/deliveries",
								"", Map.of("X-Owner-Key", workspaceOwner))
						.json()
						.get("items")
						.get(0);
					assertThat(System.nanoTime()).as("recorded as delivered: %s", delivery).isLessThan(deadline);
				}
				while (!"delivered".equals(delivery.get("status").asString()));
				assertThat(delivery.get("webhookId").asString()).isEqualTo(webhookId);
			}
		}
	}

}
