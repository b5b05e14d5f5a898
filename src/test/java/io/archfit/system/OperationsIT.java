package io.archfit.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.archfit.support.AppProcess;
import io.archfit.support.PackagedJar;
import io.archfit.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app run as an operator would, on its default H2 file database: logs as ECS
 * JSON lines carrying the request id, an online backup through the management port taken
 * while four writers keep creating assessments, and the documented restore (H2's Restore
 * tool run from the app's jar) into a new folder, where the app starts and finds every
 * write acknowledged before the backup began. Prints the figures.
 */
class OperationsIT {

	static final int WRITERS = 4;

	static final JsonMapper JSON = JsonMapper.builder().build();

	Path directory;

	@BeforeEach
	void directory() throws IOException {
		Path target = Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target"));
		this.directory = Files.createTempDirectory(target, "operations-").toAbsolutePath();
	}

	@AfterEach
	void remove() throws IOException {
		FileSystemUtils.deleteRecursively(this.directory);
	}

	@Test
	void structuredLogsAndABackupDuringWritesThatRestoresEveryAcknowledgedWrite() throws Exception {
		Path live = Files.createDirectories(this.directory.resolve("live"));
		Path backup = this.directory.resolve("archfit-backup.zip");
		List<Written> beforeBackup;
		Writers writers;
		long backupMillis;
		try (AppProcess app = start("operations-live", live).property("logging.structured.format.console", "ecs")
			.startAndAwait()) {
			Http api = new Http(app.port());
			Http.Response created = api.postJson("/api/v1/assessments",
					Map.of("title", "Logged", "answers", Map.of("domainSize", "small")));
			String viewKey = created.json().get("viewKey").asString();
			HttpResponse<String> page = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(app.url("/a/" + viewKey)).header("X-Request-Id", "ops-check-17").build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).isEqualTo(200);

			writers = new Writers(app.port());
			writers.awaitAcknowledged(60);
			long backupStarted = System.nanoTime();
			beforeBackup = writers.acknowledgedBefore(backupStarted);
			Http.Response answer = new Http(app.managementPort()).postJson("/actuator/backup",
					Map.of("file", backup.toString()));
			backupMillis = (System.nanoTime() - backupStarted) / 1_000_000;
			assertThat(answer.status()).as(answer.body()).isEqualTo(200);
			assertThat(answer.json().get("file").asString()).isEqualTo(backup.toString());
			writers.awaitAcknowledged(writers.acknowledged.size() + 40);
			writers.stop();
			assertThat(writers.failures).as("writes that failed").isEmpty();
			assertThat(new Http(app.port()).postJson("/actuator/backup", Map.of("file", backup + "2.zip")).status())
				.as("the backup on the public port")
				.isEqualTo(404);
			assertThat(Files.exists(Path.of(backup + "2.zip"))).isFalse();

			List<String> lines = app.logText().lines().filter((line) -> line.startsWith("{")).toList();
			assertThat(lines).as("JSON log lines").hasSizeGreaterThan(20);
			JsonNode requestLine = lines.stream()
				.map(JSON::readTree)
				.filter((line) -> "ops-check-17".equals(line.path("requestId").asString(null)))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no log line with the request id"));
			assertThat(requestLine.get("message").asString())
				.startsWith("request method=GET path=/a/*** status=200 durationMs=");
			assertThat(requestLine.get("log").get("logger").asString()).isEqualTo("io.archfit.requests");
			assertThat(app.logText()).doesNotContain(viewKey);
			app.stop();
		}

		Path restored = Files.createDirectories(this.directory.resolve("restored/data"));
		Process restore = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				PackagedJar.find().toString(), "-Dloader.main=org.h2.tools.Restore",
				"org.springframework.boot.loader.launch.PropertiesLauncher", "-file", backup.toString(), "-dir",
				restored.toString(), "-db", "archfit")
			.redirectErrorStream(true)
			.start();
		assertThat(restore.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(restore.exitValue()).as(new String(restore.getInputStream().readAllBytes())).isZero();

		try (AppProcess app = start("operations-restored", restored.getParent()).startAndAwait()) {
			Http api = new Http(app.port());
			List<Written> lost = new ArrayList<>();
			for (Written write : beforeBackup) {
				Http.Response read = api.get("/api/v1/assessments/" + write.viewKey());
				if (read.status() != 200 || !write.title().equals(read.json().get("title").asString())) {
					lost.add(write);
				}
			}
			long later = writers.acknowledged.stream()
				.filter((write) -> !beforeBackup.contains(write))
				.filter((write) -> api.get("/api/v1/assessments/" + write.viewKey()).status() == 200)
				.count();
			System.out.printf(
					"Operations: backup of the H2 database during %d concurrent writers took %d ms; %d writes "
							+ "acknowledged before it began, %d found after the restore, %d lost; of the %d "
							+ "acknowledged after it began, %d are in the backup%n",
					WRITERS, backupMillis, beforeBackup.size(), beforeBackup.size() - lost.size(), lost.size(),
					writers.acknowledged.size() - beforeBackup.size(), later);
			assertThat(lost).as("writes acknowledged before the backup began and missing after the restore").isEmpty();
			assertThat(api
				.postJson("/api/v1/assessments",
						Map.of("title", "After the restore", "answers", Map.of("domainSize", "small")))
				.status()).isEqualTo(201);
		}
	}

	private static AppProcess.Builder start(String name, Path directory) {
		return AppProcess.named(name)
			.workingDirectory(directory)
			.property("archfit.rate-limit.creations-per-minute", "100000")
			.property("archfit.rate-limit.key-misses-per-minute", "100000");
	}

	/** An acknowledged write: an assessment, its title, when its answer came. */
	record Written(String viewKey, String title, long acknowledgedAt) {

	}

	/** Threads creating assessments one after the other until stopped. */
	static final class Writers {

		final Queue<Written> acknowledged = new ConcurrentLinkedQueue<>();

		final Queue<String> failures = new ConcurrentLinkedQueue<>();

		private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

		private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

		private final String base;

		private volatile boolean stop;

		Writers(int port) {
			this.base = "http://127.0.0.1:" + port;
			for (int t = 0; t < WRITERS; t++) {
				int writer = t;
				this.pool.execute(() -> write(writer));
			}
			this.pool.shutdown();
		}

		void awaitAcknowledged(int count) {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (this.acknowledged.size() < count && System.nanoTime() < deadline && this.failures.isEmpty()) {
				LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
			}
			assertThat(this.failures).isEmpty();
			assertThat(this.acknowledged.size()).isGreaterThanOrEqualTo(count);
		}

		List<Written> acknowledgedBefore(long nanos) {
			return this.acknowledged.stream().filter((write) -> write.acknowledgedAt() < nanos).toList();
		}

		void stop() throws InterruptedException {
			this.stop = true;
			assertThat(this.pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

		private void write(int writer) {
			for (int i = 0; !this.stop; i++) {
				String title = "Writer " + writer + " #" + i;
				String body = JSON.writeValueAsString(Map.of("title", title, "answers", Map.of("domainSize", "small")));
				try {
					HttpResponse<String> response = this.client
						.send(HttpRequest.newBuilder(URI.create(this.base + "/api/v1/assessments"))
							.header("Content-Type", "application/json")
							.POST(HttpRequest.BodyPublishers.ofString(body))
							.build(), HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 201) {
						this.failures.add(response.statusCode() + " " + response.body());
						return;
					}
					this.acknowledged.add(new Written(JSON.readTree(response.body()).get("viewKey").asString(), title,
							System.nanoTime()));
				}
				catch (IOException ex) {
					this.failures.add(ex.toString());
					return;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

}
