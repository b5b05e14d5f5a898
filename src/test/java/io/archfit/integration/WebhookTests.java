package io.archfit.integration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.WebhookReceiver;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end over real HTTP, to a real receiver on 127.0.0.1 (private addresses
 * allowed, retries and pauses shortened to seconds): a comment gives exactly one signed
 * delivery in the standard format; a receiver failing three times gets it on the fourth
 * attempt with the same webhook id; chat endpoints get {@code {"text": …}}; an endpoint
 * failing without success is paused and resumed by its owner; the owner redelivers one;
 * the pages work without JavaScript and page through the deliveries; an open report's
 * event stream tells of a new comment; deliveries are counted by outcome; completed event
 * publications do not stay in the registry.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:webhooks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.creations-per-minute=0", "archfit.rate-limit.comments-per-minute=0",
				"archfit.rate-limit.votes-per-minute=0", "archfit.webhooks.allow-private-addresses=true",
				"archfit.webhooks.first-retry=200ms", "archfit.webhooks.max-retry-delay=1s",
				"archfit.webhooks.poll-interval=100ms", "archfit.webhooks.pause-after=4s",
				"archfit.webhooks.connect-timeout=1s", "archfit.webhooks.read-timeout=2s",
				"archfit.webhooks.public-url=https://archfit.example.org/", "archfit.live.poll-interval=200ms" })
class WebhookTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	Http http;

	WebhookReceiver receiver;

	@BeforeEach
	void start() {
		this.http = new Http(this.port);
		this.receiver = new WebhookReceiver();
	}

	@AfterEach
	void stop() {
		this.receiver.close();
	}

	/** A workspace's view and owner keys. */
	record Workspace(String viewKey, String ownerKey) {

	}

	Workspace workspace() {
		JsonNode created = this.http.postJson("/api/v1/workspaces", Map.of("name", "Platform")).json();
		return new Workspace(created.get("viewKey").asString(), created.get("ownerKey").asString());
	}

	/**
	 * Adds an endpoint of the receiver; returns its id and tells the receiver its secret.
	 */
	long endpoint(Workspace workspace, String format, String... events) {
		Http.Response added = this.http.sendJson("POST", "/api/v1/workspaces/" + workspace.viewKey() + "/webhooks",
				Map.of("url", this.receiver.url("/hook"), "events", List.of(events), "format", format),
				Map.of("X-Owner-Key", workspace.ownerKey()));
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().get("secret").asString()).startsWith("whsec_");
		this.receiver.secret(added.json().get("secret").asString());
		return added.json().get("id").asLong();
	}

	/** A complete assessment in the workspace; its view key. */
	String assessment(Workspace workspace, String title) {
		Http.Response created = this.http.postJson("/api/v1/assessments", Map.of("title", title, "answers",
				Map.of("domainSize", "small", "teamCount", "one"), "workspaceKey", workspace.ownerKey()));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("viewKey").asString();
	}

	void comment(String viewKey, String body) {
		assertThat(this.http
			.postJson("/api/v1/assessments/" + viewKey + "/comments", Map.of("author", "Ana", "body", body))
			.status()).isEqualTo(201);
	}

	JsonNode deliveries(Workspace workspace, long endpoint) {
		return this.http
			.sendJson("GET", "/api/v1/workspaces/" + workspace.viewKey() + "/webhooks/" + endpoint + "/deliveries", "",
					Map.of("X-Owner-Key", workspace.ownerKey()))
			.json();
	}

	JsonNode awaitDeliveries(Workspace workspace, long endpoint, Predicate<JsonNode> condition, String what) {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (true) {
			JsonNode page = deliveries(workspace, endpoint);
			if (condition.test(page)) {
				return page;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionFailedError(what + " within " + WAIT + "; deliveries: " + page);
			}
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	@Test
	void aCommentGivesExactlyOneSignedDeliveryInTheStandardFormat() {
		Workspace workspace = workspace();
		long endpoint = endpoint(workspace, "standard", "comment.created");
		String viewKey = assessment(workspace, "Checkout");
		comment(viewKey, "Looks <right> & fine");
		JsonNode page = awaitDeliveries(workspace, endpoint, (p) -> p.get("totalItems").asInt() == 1
				&& "delivered".equals(p.get("items").get(0).get("status").asString()), "the comment delivered");
		JsonNode delivery = page.get("items").get(0);
		assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
		assertThat(delivery.get("responseCode").asInt()).isEqualTo(200);
		assertThat(delivery.get("eventType").asString()).isEqualTo("comment.created");
		List<WebhookReceiver.Delivery> received = this.receiver.deliveries();
		assertThat(received).hasSize(1);
		WebhookReceiver.Delivery one = received.get(0);
		assertThat(one.webhookId()).isEqualTo(delivery.get("webhookId").asString()).startsWith("msg_");
		assertThat(one.signatureValid()).as("signature of %s", one).isTrue();
		assertThat(Long.parseLong(one.timestamp())).isCloseTo(System.currentTimeMillis() / 1000,
				org.assertj.core.data.Offset.offset(60L));
		JsonNode body = JSON.readTree(one.body());
		assertThat(body.get("type").asString()).isEqualTo("comment.created");
		assertThat(body.get("timestamp").asString()).endsWith("Z");
		JsonNode assessment = body.get("data").get("assessment");
		assertThat(assessment.get("title").asString()).isEqualTo("Checkout");
		assertThat(assessment.get("viewUrl").asString()).isEqualTo("https://archfit.example.org/a/" + viewKey);
		assertThat(assessment.get("recommended").asString()).isNotBlank();
		assertThat(body.get("data").get("change").get("body").asString()).isEqualTo("Looks <right> & fine");
		assertThat(body.get("data").get("change").get("author").asString()).isEqualTo("Ana");

		// a vote is not wanted by this endpoint; a second comment is one more delivery
		this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/votes",
				Map.of("voter", "Ben", "architecture", "recommended"), Map.of());
		comment(viewKey, "Second");
		this.receiver.await((all) -> all.size() >= 2, WAIT, "the second comment");
		awaitDeliveries(workspace, endpoint, (p) -> p.get("items").get(0).get("status").asString().equals("delivered"),
				"the second delivery recorded");
		assertThat(deliveries(workspace, endpoint).get("totalItems").asInt()).isEqualTo(2);
		assertThat(this.receiver.deliveries()).hasSize(2).allMatch(WebhookReceiver.Delivery::signatureValid);
		assertThat(this.receiver.deliveries().stream().map(WebhookReceiver.Delivery::webhookId).distinct()).hasSize(2);
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (this.jdbc.queryForObject("select count(*) from event_publication", Integer.class) > 0) {
			assertThat(System.nanoTime()).as("completed event publications deleted").isLessThan(deadline);
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
		Counter delivered = this.meters.find(DeliveryMetrics.NAME).tag("outcome", "delivered").counter();

		assertThat(delivered).isNotNull();
		assertThat(delivered.count()).isGreaterThanOrEqualTo(2);
		assertThat(this.meters.find(DeliveryMetrics.NAME).meters())
			.allSatisfy((meter) -> assertThat(meter.getId().getTags()).extracting((tag) -> tag.getKey())
				.containsExactlyInAnyOrder("outcome", "reason"));
	}

	@Test
	void aReceiverFailingThreeTimesGetsTheDeliveryOnTheFourthAttemptWithTheSameWebhookId() {
		Workspace workspace = workspace();
		long endpoint = endpoint(workspace, "standard", "comment.created");
		String viewKey = assessment(workspace, "Retries");
		this.receiver.answer(500, 500, 500);
		comment(viewKey, "Try again");
		List<WebhookReceiver.Delivery> received = this.receiver.await((all) -> all.size() >= 4, WAIT, "four attempts");
		JsonNode delivery = awaitDeliveries(workspace, endpoint,
				(p) -> "delivered".equals(p.get("items").get(0).get("status").asString()), "the delivery recorded")
			.get("items")
			.get(0);
		assertThat(delivery.get("attempts").asInt()).isEqualTo(4);
		assertThat(delivery.get("responseCode").asInt()).isEqualTo(200);
		assertThat(received).hasSize(4).allMatch(WebhookReceiver.Delivery::signatureValid);
		assertThat(received.stream().map(WebhookReceiver.Delivery::webhookId).distinct().toList())
			.containsExactly(delivery.get("webhookId").asString());
		assertThat(received.stream().map(WebhookReceiver.Delivery::body).distinct()).hasSize(1);
		for (int i = 1; i < received.size(); i++) {
			assertThat(received.get(i).receivedNanos()).as("attempt %d waits before it comes", i + 1)
				.isGreaterThan(received.get(i - 1).receivedNanos() + Duration.ofMillis(90).toNanos());
		}
		assertThat(this.meters.find(DeliveryMetrics.NAME).tag("outcome", "retry").tag("reason", "status").counter())
			.isNotNull();
	}

	@Test
	void chatEndpointsGetOneSentenceWithTheLink() {
		Workspace workspace = workspace();
		endpoint(workspace, "chat", "vote.cast", "decision.recorded");
		String viewKey = assessment(workspace, "Payments <beta>");
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/votes",
					Map.of("voter", "Chen", "architecture", "serverless"), Map.of())
			.status()).isEqualTo(200);
		WebhookReceiver.Delivery vote = this.receiver.await((all) -> !all.isEmpty(), WAIT, "the vote").get(0);
		JsonNode body = JSON.readTree(vote.body());
		assertThat(body.propertyNames()).containsExactly("text");
		assertThat(body.get("text").asString()).contains("Chen", "Serverless", "Payments &lt;beta&gt;",
				"https://archfit.example.org/a/" + viewKey);
		assertThat(vote.signatureValid()).isTrue();
	}

	@Test
	void anEndpointFailingWithoutSuccessIsPausedAndResumedByItsOwnerOnItsPage() {
		Workspace workspace = workspace();
		long endpoint = endpoint(workspace, "standard", "comment.created");
		String viewKey = assessment(workspace, "Pausing");
		Integer[] failures = new Integer[60];
		java.util.Arrays.fill(failures, 503);
		this.receiver.answer(failures);
		comment(viewKey, "Nobody listens");
		long deadline = System.nanoTime() + WAIT.toNanos();
		JsonNode listed;
		do {
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
			listed = this.http
				.sendJson("GET", "/api/v1/workspaces/" + workspace.viewKey() + "/webhooks", "",
						Map.of("X-Owner-Key", workspace.ownerKey()))
				.json()
				.get(0);
			assertThat(System.nanoTime()).as("paused in time: %s", listed).isLessThan(deadline);
		}
		while (listed.get("pausedAt").isNull());
		int requestsWhenPaused = this.receiver.requests();
		assertThat(requestsWhenPaused).isGreaterThan(1);

		FormClient browser = new FormClient(this.port);
		String page = "/wo/" + workspace.ownerKey() + "/webhooks/" + endpoint;
		Http.Response shown = browser.get(page);
		assertThat(shown.status()).isEqualTo(200);
		assertThat(shown.body()).contains("id=\"paused-note\"", "Resume");
		assertThat(browser.get("/wo/" + workspace.ownerKey()).body()).contains("paused");

		this.receiver.answerNormally();
		Http.Response resumed = browser.post(page + "/resume");
		assertThat(resumed.status()).isEqualTo(302);
		assertThat(browser.redirectPath(resumed)).isEqualTo(page + "?done=resumed");
		awaitDeliveries(workspace, endpoint, (p) -> "delivered".equals(p.get("items").get(0).get("status").asString()),
				"delivered after resuming");
		assertThat(browser.get(page).body()).doesNotContain("id=\"paused-note\"");
	}

	@Test
	void theOwnerRedeliversOneWithTheSameWebhookId() {
		Workspace workspace = workspace();
		long endpoint = endpoint(workspace, "standard", "assessment.created");
		assessment(workspace, "Again");
		JsonNode delivery = awaitDeliveries(workspace, endpoint,
				(p) -> p.get("totalItems").asInt() == 1
						&& "delivered".equals(p.get("items").get(0).get("status").asString()),
				"the first delivery")
			.get("items")
			.get(0);
		Http.Response redelivered = this.http
			.sendJson("POST",
					"/api/v1/workspaces/" + workspace.viewKey() + "/webhooks/" + endpoint + "/deliveries/"
							+ delivery.get("id").asLong() + "/redeliver",
					"", Map.of("X-Owner-Key", workspace.ownerKey()));
		assertThat(redelivered.status()).isEqualTo(202);
		List<WebhookReceiver.Delivery> received = this.receiver.await((all) -> all.size() == 2, WAIT, "the redelivery");
		assertThat(received).extracting(WebhookReceiver.Delivery::webhookId)
			.containsOnly(delivery.get("webhookId").asString());
		assertThat(received).allMatch(WebhookReceiver.Delivery::signatureValid);
		assertThat(JSON.readTree(received.get(0).body()).get("type").asString()).isEqualTo("assessment.created");
	}

	@Test
	void theOwnerAddsListsPagesAndDeletesWebhooksWithoutJavaScript() {
		Workspace workspace = workspace();
		FormClient browser = new FormClient(this.port);
		String owner = "/wo/" + workspace.ownerKey();
		assertThat(browser.get(owner).body()).contains("id=\"webhooks\"", "name=\"url\"");

		Http.Response refused = browser.post(owner + "/webhooks", "url", "http://169.254.169.254/latest", "events",
				"comment.created", "format", "standard");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("id=\"webhook-url-error\"", "reserved",
				"value=\"http://169.254.169.254/latest\"");
		Http.Response noEvents = browser.post(owner + "/webhooks", "url", this.receiver.url("/x"), "format", "chat");
		assertThat(noEvents.status()).isEqualTo(422);
		assertThat(noEvents.body()).contains("Pick at least one event");

		Http.Response added = browser.post(owner + "/webhooks", "url", this.receiver.url("/pages"), "events",
				"comment.created", "events", "vote.cast", "format", "standard", "description", "Team tracker");
		assertThat(added.status()).isEqualTo(200);
		java.util.regex.Matcher secret = java.util.regex.Pattern.compile("value=\"(whsec_[^\"]+)\"")
			.matcher(added.body());
		assertThat(secret.find()).isTrue();
		this.receiver.secret(secret.group(1));
		String list = browser.get(owner).body();
		assertThat(list).contains(this.receiver.url("/pages"), "Team tracker").doesNotContain(secret.group(1));
		java.util.regex.Matcher link = java.util.regex.Pattern.compile(owner + "/webhooks/(\\d+)").matcher(list);
		assertThat(link.find()).isTrue();
		long endpoint = Long.parseLong(link.group(1));

		String viewKey = assessment(workspace, "Paged");
		for (int i = 0; i < 21; i++) {
			comment(viewKey, "Comment " + i);
		}
		this.receiver.await((all) -> all.size() >= 21, WAIT, "21 deliveries");
		String detail = owner + "/webhooks/" + endpoint;
		Http.Response first = browser.get(detail);
		assertThat(first.body()).contains("Page 1 of 2, 21 deliveries").contains("rel=\"next\"");
		assertThat(count(first.body(), "class=\"delivery\"")).isEqualTo(20);
		Http.Response second = browser.get(detail + "?page=2");
		assertThat(count(second.body(), "class=\"delivery\"")).isEqualTo(1);
		assertThat(second.body()).contains("rel=\"prev\"");
		assertThat(browser.get(detail + "?page=x").status()).isEqualTo(200);

		Http.Response deleted = browser.post(detail + "/delete");
		assertThat(browser.redirectPath(deleted)).isEqualTo(owner + "?done=webhookDeleted#webhooks");
		assertThat(browser.get(owner + "?done=webhookDeleted").body()).contains("The webhook was deleted.")
			.doesNotContain(this.receiver.url("/pages"));
		assertThat(browser.get(detail).status()).isEqualTo(404);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

	@Test
	void anOpenReportsEventStreamTellsOfANewComment() throws Exception {
		Workspace workspace = workspace();
		String viewKey = assessment(workspace, "Live");
		assertThat(this.http.get("/a/" + viewKey).body()).contains("data-events=\"/a/" + viewKey + "/events\"",
				"/js/live-report");
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<Stream<String>> stream = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/a/" + viewKey + "/events"))
				.header("Accept", "text/event-stream")
				.build(), HttpResponse.BodyHandlers.ofLines());
		assertThat(stream.statusCode()).isEqualTo(200);
		assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
		CompletableFuture<String> change = CompletableFuture.supplyAsync(() -> {
			java.util.Iterator<String> lines = stream.body().iterator();
			String event = null;
			while (lines.hasNext()) {
				String line = lines.next();
				if (line.startsWith("event:")) {
					event = line.substring(6).strip();
				}
				else if (line.startsWith("data:") && "change".equals(event)) {
					return line.substring(5).strip();
				}
			}
			return null;
		});
		LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
		comment(viewKey, "Live comment");
		assertThat(change.get(WAIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo("comment.created");
		stream.body().close();
		assertThat(this.http.get("/a/" + io.archfit.system.AccessKeys.newKey() + "/events").status()).isEqualTo(404);
	}

}
