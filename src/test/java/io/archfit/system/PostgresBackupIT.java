package io.archfit.system;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.archfit.support.AppProcess;
import io.archfit.support.Http;
import io.archfit.support.Postgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's PostgreSQL backup: {@code pg_dump -Fc} of the app's schema while four
 * writers keep creating assessments, {@code pg_restore} into a new database, and the app
 * started on the restored copy finds every write acknowledged before the dump began.
 * Needs the PostgreSQL suite's settings and {@code pg_dump}/{@code pg_restore} on the
 * path.
 */
@ExtendWith(Postgres.Required.class)
class PostgresBackupIT {

	@Test
	void aDumpTakenDuringWritesRestoresEveryAcknowledgedWrite() throws Exception {
		Postgres.Settings settings = Postgres.Settings.from(System.getenv()).orElseThrow();
		URI server = URI.create(settings.url().substring("jdbc:".length()));
		String database = server.getPath().substring(1).replaceFirst("\\?.*$", "");
		String schema = Postgres.newSchemaName();
		String restoredDatabase = schema.replace("archfit_test_", "archfit_restored_");
		Path directory = Files.createTempDirectory(
				Files.createDirectories(Path.of(System.getProperty("basedir", "."), "target")), "pg-backup-");
		Path dump = directory.resolve("archfit.dump");
		settings.execute("create schema " + schema);
		try {
			List<OperationsIT.Written> beforeDump;
			OperationsIT.Writers writers;
			try (AppProcess app = instance("pg-backup-live", settings, settings.urlWithSchema(schema), schema)
				.startAndAwait()) {
				writers = new OperationsIT.Writers(app.port());
				writers.awaitAcknowledged(60);
				long dumpStarted = System.nanoTime();
				beforeDump = writers.acknowledgedBefore(dumpStarted);
				run(settings, "pg_dump", "-Fc", "-h", server.getHost(), "-p", Integer.toString(server.getPort()), "-U",
						settings.user(), "-d", database, "-n", schema, "-f", dump.toString());
				writers.awaitAcknowledged(writers.acknowledged.size() + 20);
				writers.stop();
				assertThat(writers.failures).isEmpty();
			}
			settings.execute("create database " + restoredDatabase);
			run(settings, "pg_restore", "-h", server.getHost(), "-p", Integer.toString(server.getPort()), "-U",
					settings.user(), "-d", restoredDatabase, "--no-owner", dump.toString());
			String restoredUrl = settings.url().replace("/" + database, "/" + restoredDatabase);
			try (AppProcess app = instance("pg-backup-restored", settings,
					restoredUrl + (restoredUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, schema)
				.startAndAwait()) {
				Http api = new Http(app.port());
				List<OperationsIT.Written> lost = new ArrayList<>();
				for (OperationsIT.Written write : beforeDump) {
					if (api.get("/api/v1/assessments/" + write.viewKey()).status() != 200) {
						lost.add(write);
					}
				}
				System.out.printf(
						"PostgreSQL backup: pg_dump -Fc during %d concurrent writers; %d writes acknowledged "
								+ "before it began, %d found after pg_restore into a new database, %d lost%n",
						OperationsIT.WRITERS, beforeDump.size(), beforeDump.size() - lost.size(), lost.size());
				assertThat(lost).as("writes acknowledged before the dump began and missing after the restore")
					.isEmpty();
				assertThat(api
					.postJson("/api/v1/assessments",
							Map.of("title", "After the restore", "answers", Map.of("domainSize", "small")))
					.status()).isEqualTo(201);
			}
		}
		finally {
			settings.execute("drop schema if exists " + schema + " cascade");
			settings.execute("drop database if exists " + restoredDatabase);
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	private static AppProcess.Builder instance(String name, Postgres.Settings settings, String url, String schema) {
		return AppProcess.named(name)
			.property("spring.profiles.active", "postgres")
			.property("spring.datasource.url", url)
			.property("spring.datasource.username", settings.user())
			.env("ARCHFIT_DB_PASSWORD", settings.password())
			.property("spring.datasource.hikari.maximum-pool-size", "4")
			.property("spring.flyway.schemas", schema)
			.property("spring.jpa.properties.hibernate.default_schema", schema)
			.property("archfit.rate-limit.creations-per-minute", "0");
	}

	private static void run(Postgres.Settings settings, String... command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", settings.password());
		Process process = builder.start();
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
	}

}
