package io.archfit.system;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import io.archfit.support.AppProcess;
import io.archfit.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durability of the packaged app on its default H2 file database (as configured, under
 * {@code ./data} of a fresh working directory), as real processes and signals (T5): what
 * was acknowledged survives a graceful stop (SIGTERM, while writes go on) and a crash of
 * the process ({@code kill -9} in the middle of eight concurrent writers). During the
 * stop no request gets an error answer, and none that lost its connection was written.
 * The same database files go through both, and after each the app starts again, opens
 * them and is healthy. Prints the figures: writes acknowledged, found, lost, in flight.
 */
class DurabilityIT {

	static final int ASSESSMENTS = 50;

	static final int COMMENTS_EACH = 2;

	static final int WRITERS = 8;

	/** Writes acknowledged before the kill (a third of it before the stop). */
	static final int WRITES_BEFORE_SIGNAL = 240;

	static final Duration WRITING_AT_MOST = Duration.ofSeconds(30);

	static final Map<String, Object> ANSWERS = Map.of("domainSize", "small", "teamCount", "one", "trafficPattern",
			"steady");

	static final JsonMapper JSON = JsonMapper.builder().build();

	Path directory;

	final List<String> figures = new ArrayList<>();

	@BeforeEach
	void database() throws IOException {
		Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target"));
		this.directory = Files.createTempDirectory(target, "durability-").toAbsolutePath();
	}

	@AfterEach
	void removeDatabase() throws IOException {
		FileSystemUtils.deleteRecursively(this.directory);
		this.figures.forEach(System.out::println);
	}

	@Test
	void everyAcknowledgedWriteSurvivesAGracefulStopAndAKill() {
		List<Ack> kept = new ArrayList<>();
		Writers duringStop;
		try (AppProcess first = start("durability-1")) {
			Http api = new Http(first.port());
			for (int i = 0; i < ASSESSMENTS; i++) {
				Http.Response created = api.postJson("/api/v1/assessments",
						Map.of("title", "Kept " + i, "answers", ANSWERS));
				assertThat(created.status()).isEqualTo(201);
				String viewKey = created.json().get("viewKey").asString();
				kept.add(new Ack(viewKey, "Kept " + i, null));
				for (int j = 0; j < COMMENTS_EACH; j++) {
					Http.Response comment = api.postJson("/api/v1/assessments/" + viewKey + "/comments",
							Map.of("author", "Ana", "body", "Comment " + j + " on " + i));
					assertThat(comment.status()).isEqualTo(201);
					kept.add(new Ack(viewKey, null, comment.json().get("id").asLong()));
				}
			}

			duringStop = new Writers(first.port(), "stop", workspace(api, "Written during the stop"));
			duringStop.awaitAcknowledged(WRITES_BEFORE_SIGNAL / 3);
			AppProcess.Exit exit = first.stop();
			duringStop.awaitEnd();
			assertThat(exit.code()).as("exit code after SIGTERM").isIn(0, 143);
			assertThat(duringStop.refused).as("answers other than 2xx while stopping gracefully").isEmpty();
			kept.addAll(duringStop.acknowledged);
			this.figures.add(String.format(
					"Durability, SIGTERM: %d assessments and %d comments written one by one, then %d concurrent "
							+ "writers running into the stop: %d writes acknowledged, 0 other answers, %d "
							+ "connections refused; exit code %d %.2f s after SIGTERM",
					ASSESSMENTS, ASSESSMENTS * COMMENTS_EACH, WRITERS, duringStop.acknowledged.size(),
					duringStop.notSent.get(), exit.code(), exit.seconds()));
		}

		List<Ack> acknowledgedBeforeKill;
		Writers beforeKill;
		try (AppProcess second = start("durability-2")) {
			Check afterStop = check(second, kept);
			this.figures.add(String.format(
					"Durability, after SIGTERM and a new start: %d acknowledged writes, %d found, %d lost",
					afterStop.expected(), afterStop.found(), afterStop.lost().size()));
			assertThat(afterStop.lost()).as("writes acknowledged before SIGTERM and missing after it").isEmpty();
			assertThat(commentsOf(second, kept.get(0).viewKey())).containsExactly("Comment 0 on 0", "Comment 1 on 0");
			Outcome unanswered = duringStop.inFlight(second);
			this.figures.add("Durability, SIGTERM: " + unanswered);
			assertThat(unanswered.written()).as("writes done during the graceful stop without an answer").isZero();

			beforeKill = new Writers(second.port(), "kill",
					workspace(new Http(second.port()), "Written before the kill"));
			beforeKill.awaitAcknowledged(WRITES_BEFORE_SIGNAL);
			AppProcess.Exit exit = second.kill();
			beforeKill.awaitEnd();
			assertThat(exit.code()).as("exit code after SIGKILL").isEqualTo(137);
			assertThat(beforeKill.refused).as("answers other than 2xx before the kill").isEmpty();
			acknowledgedBeforeKill = List.copyOf(beforeKill.acknowledged);
		}

		try (AppProcess third = start("durability-3")) {
			Check afterKill = check(third, acknowledgedBeforeKill);
			Check older = check(third, kept);
			this.figures.add(String.format(
					"Durability, kill -9 during %d concurrent writers: %d writes acknowledged before the kill "
							+ "(%d assessments, %d comments), %d found after a new start, %d lost; %d connections "
							+ "refused; the %d writes from before the graceful stop: %d found",
					WRITERS, afterKill.expected(),
					acknowledgedBeforeKill.stream().filter((ack) -> ack.commentId() == null).count(),
					acknowledgedBeforeKill.stream().filter((ack) -> ack.commentId() != null).count(), afterKill.found(),
					afterKill.lost().size(), beforeKill.notSent.get(), older.expected(), older.found()));
			this.figures.add("Durability, kill -9: " + beforeKill.inFlight(third));
			assertThat(afterKill.lost()).as("writes acknowledged before kill -9 and missing after it").isEmpty();
			assertThat(older.lost()).isEmpty();
			Http api = new Http(third.port());
			assertThat(api.get("/actuator/health").body()).contains("\"UP\"");
			Http.Response after = api.postJson("/api/v1/assessments",
					Map.of("title", "After the crash", "answers", ANSWERS));
			assertThat(after.status()).isEqualTo(201);
			assertThat(api.get("/api/v1/assessments/" + after.json().get("viewKey").asString()).status())
				.isEqualTo(200);
			assertThat(third.logText()).doesNotContainIgnoringCase("corrupt");
		}
	}

	/** The app with its default database, {@code ./data} in the test's directory. */
	private AppProcess start(String name) {
		AppProcess app = AppProcess.named(name)
			.workingDirectory(this.directory)
			.property("archfit.rate-limit.creations-per-minute", "100000")
			.property("archfit.rate-limit.comments-per-minute", "100000")
			.property("archfit.rate-limit.votes-per-minute", "100000")
			.property("archfit.rate-limit.key-misses-per-minute", "100000")
			.start();
		try {
			double seconds = app.awaitReady();
			assertThat(this.directory.resolve("data/archfit.mv.db")).isRegularFile();
			this.figures.add(String.format("Durability, %s: ready %.1f s after the process started (log %s)", name,
					seconds, app.log()));
			return app;
		}
		catch (RuntimeException | Error ex) {
			app.close();
			throw ex;
		}
	}

	/** Reads back every acknowledged write: assessments by view key, comments by id. */
	private static Check check(AppProcess app, List<Ack> acks) {
		Http api = new Http(app.port());
		Map<String, Set<Long>> commentIds = new LinkedHashMap<>();
		Set<String> assessments = new HashSet<>();
		List<Ack> lost = new ArrayList<>();
		for (Ack ack : acks) {
			if (ack.commentId() == null) {
				Http.Response read = api.get("/api/v1/assessments/" + ack.viewKey());
				if (read.status() != 200 || !ack.title().equals(read.json().get("title").asString())) {
					lost.add(ack);
				}
				else {
					assessments.add(ack.viewKey());
				}
			}
		}
		for (Ack ack : acks) {
			if (ack.commentId() != null) {
				Set<Long> ids = commentIds.computeIfAbsent(ack.viewKey(), (key) -> {
					Set<Long> stored = new HashSet<>();
					Http.Response list = api.get("/api/v1/assessments/" + key + "/comments");
					if (list.status() == 200) {
						list.json().forEach((comment) -> stored.add(comment.get("id").asLong()));
					}
					return stored;
				});
				if (!ids.contains(ack.commentId())) {
					lost.add(ack);
				}
			}
		}
		return new Check(acks.size(), acks.size() - lost.size(), lost);
	}

	/** A new workspace; its owner key and view key. */
	private static Workspace workspace(Http api, String name) {
		JsonNode created = api.postJson("/api/v1/workspaces", Map.of("name", name)).json();
		return new Workspace(created.get("viewKey").asString(), created.get("ownerKey").asString());
	}

	record Workspace(String viewKey, String ownerKey) {

	}

	private static List<String> commentsOf(AppProcess app, String viewKey) {
		List<String> bodies = new ArrayList<>();
		new Http(app.port()).get("/api/v1/assessments/" + viewKey + "/comments")
			.json()
			.forEach((comment) -> bodies.add(comment.get("body").asString()));
		return bodies;
	}

	/** An acknowledged write: an assessment (with its title) or a comment on one. */
	record Ack(String viewKey, String title, Long commentId) {

	}

	record Check(int expected, int found, List<Ack> lost) {

	}

	/**
	 * A write whose connection broke before its answer: an assessment (its title) or a
	 * comment (on this view key, its text).
	 */
	record InFlight(String viewKey, String text, String failure) {

	}

	/** What became of the writes in flight when the connections broke. */
	record Outcome(int inFlight, int written, String failures) {

		@Override
		public String toString() {
			return String.format("%d writes in flight when their connection broke (%s): %d had been written, %d not",
					this.inFlight, this.failures, this.written, this.inFlight - this.written);
		}

	}

	/**
	 * {@value #WRITERS} threads that each create assessments (in a workspace, where they
	 * can be found by title) and comment on them through the API, one request after the
	 * other, until their connection fails. They remember every write acknowledged with a
	 * 2xx and its key, every other answer, and the one request each had in flight when
	 * its connection broke (its outcome unknown until looked up); a refused connection
	 * means the request was never received.
	 */
	static final class Writers {

		final Queue<Ack> acknowledged = new ConcurrentLinkedQueue<>();

		final Queue<String> refused = new ConcurrentLinkedQueue<>();

		final Queue<InFlight> unknown = new ConcurrentLinkedQueue<>();

		/**
		 * Requests whose connection was refused: the app was gone, nothing was written.
		 */
		final AtomicInteger notSent = new AtomicInteger();

		private final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

		private final String base;

		private final Workspace workspace;

		private final long startedAt = System.nanoTime();

		private volatile boolean stop;

		/** Starts the writers; they create their assessments in {@code workspace}. */
		Writers(int port, String label, Workspace workspace) {
			this.base = "http://127.0.0.1:" + port;
			this.workspace = workspace;
			for (int t = 0; t < WRITERS; t++) {
				String writer = label + "-" + t;
				this.pool.execute(() -> write(writer));
			}
			this.pool.shutdown();
		}

		/** Waits until {@code count} writes were acknowledged (or the time is up). */
		void awaitAcknowledged(int count) {
			long deadline = this.startedAt + WRITING_AT_MOST.toNanos();
			while (this.acknowledged.size() < count && System.nanoTime() < deadline && !this.pool.isTerminated()) {
				LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
			}
			assertThat(this.refused).as("answers other than 2xx").isEmpty();
			assertThat(this.acknowledged.size()).as("writes acknowledged").isGreaterThan(0);
		}

		/**
		 * The requests in flight when the connections broke, what broke them, and whether
		 * they had been written after all (looked up on the app started again).
		 */
		Outcome inFlight(AppProcess app) {
			Http api = new Http(app.port());
			int landed = 0;
			for (InFlight request : this.unknown) {
				if (request.viewKey() == null) {
					Http.Response found = api.get("/api/v1/workspaces/" + this.workspace.viewKey()
							+ "/assessments?size=100&q=" + URLEncoder.encode(request.text(), StandardCharsets.UTF_8));
					for (JsonNode item : found.json().get("items")) {
						landed += request.text().equals(item.get("title").asString()) ? 1 : 0;
					}
				}
				else {
					landed += commentsOf(app, request.viewKey()).contains(request.text()) ? 1 : 0;
				}
			}
			Map<String, Long> failures = this.unknown.stream()
				.collect(Collectors.groupingBy(InFlight::failure, TreeMap::new, Collectors.counting()));
			return new Outcome(this.unknown.size(), landed,
					failures.entrySet()
						.stream()
						.map((failure) -> failure.getValue() + " × " + failure.getKey())
						.collect(Collectors.joining(", ")));
		}

		/**
		 * Waits for every writer to end (their connections fail once the app is gone).
		 */
		void awaitEnd() {
			try {
				if (!this.pool.awaitTermination(60, TimeUnit.SECONDS)) {
					this.stop = true;
					this.pool.shutdownNow();
					throw new AssertionError("writers still running 60 s after the signal");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private void write(String writer) {
			for (int i = 0; !this.stop; i++) {
				String title = "Writer " + writer + " #" + i;
				JsonNode created = send("/api/v1/assessments",
						Map.of("title", title, "answers", ANSWERS, "workspaceKey", this.workspace.ownerKey()),
						new InFlight(null, title, null));
				if (created == null) {
					return;
				}
				String viewKey = created.get("viewKey").asString();
				this.acknowledged.add(new Ack(viewKey, title, null));
				for (int j = 0; j < COMMENTS_EACH; j++) {
					String body = "Comment " + j + " by " + writer + " on #" + i;
					JsonNode comment = send("/api/v1/assessments/" + viewKey + "/comments",
							Map.of("author", writer, "body", body), new InFlight(viewKey, body, null));
					if (comment == null) {
						return;
					}
					this.acknowledged.add(new Ack(viewKey, null, comment.get("id").asLong()));
				}
			}
		}

		/** The JSON answer of an acknowledged write, or null when this writer ends. */
		private JsonNode send(String path, Map<String, Object> body, InFlight what) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(this.base + path))
				.timeout(Duration.ofSeconds(30))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
				.build();
			try {
				HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 == 2) {
					return JSON.readTree(response.body());
				}
				this.refused.add(response.statusCode() + " " + path + " " + what.text() + ": " + response.body());
				return null;
			}
			catch (ConnectException ex) {
				this.notSent.incrementAndGet();
				return null;
			}
			catch (IOException ex) {
				this.unknown.add(new InFlight(what.viewKey(), what.text(), ex.getMessage()));
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}

	}

}
