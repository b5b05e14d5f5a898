package io.archfit.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An online backup of the embedded H2 database to a file the operator names: {@code POST
 * /actuator/backup {"file": "/backups/archfit-2026-01-01.zip"}} on the management port
 * (never the public one). H2 copies its database file into the zip while the app keeps
 * serving; the copy holds every write committed before the backup began. The file must
 * end in {@code .zip}, must not exist yet and its folder must. On PostgreSQL the answer
 * is 400: back it up with {@code pg_dump} (see the README).
 */
@Component
@Endpoint(id = "backup")
class DatabaseBackup {

	private static final Logger log = LoggerFactory.getLogger(DatabaseBackup.class);

	private final JdbcTemplate jdbc;

	private final boolean h2;

	DatabaseBackup(DataSource dataSource, Environment environment) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.h2 = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
	}

	@WriteOperation
	Map<String, Object> backup(String file) {
		if (!this.h2) {
			throw new InvalidEndpointRequestException("The database is not H2: back it up with pg_dump",
					"not an H2 database");
		}
		Path target = checked(file);
		long start = System.nanoTime();
		this.jdbc.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
		long millis = (System.nanoTime() - start) / 1_000_000;
		Map<String, Object> done = new LinkedHashMap<>();
		done.put("file", target.toString());
		done.put("bytes", size(target));
		done.put("durationMs", millis);
		log.info("Database backed up to {} ({} bytes, {} ms)", target, done.get("bytes"), millis);
		return done;
	}

	private static Path checked(String file) {
		if (file == null || file.isBlank() || !file.endsWith(".zip")
				|| file.chars().anyMatch(Character::isISOControl)) {
			throw new InvalidEndpointRequestException("file must name a .zip file", "bad file name");
		}
		Path target = Path.of(file).toAbsolutePath().normalize();
		if (Files.exists(target)) {
			throw new InvalidEndpointRequestException("file exists already", "file exists");
		}
		if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
			throw new InvalidEndpointRequestException("the file's folder does not exist", "no such folder");
		}
		return target;
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

}
