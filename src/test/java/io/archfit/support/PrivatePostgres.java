package io.archfit.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.opentest4j.AssertionFailedError;

/**
 * A PostgreSQL cluster of a test's own (initdb + pg_ctl in a temporary directory, on a
 * free port of 127.0.0.1, trust authentication), for tests that stop and start the
 * database. Run as the {@code postgres} OS user when the tests run as root. Without the
 * PostgreSQL server binaries the test is skipped with a message, or failed under
 * {@code CI=true}.
 */
public final class PrivatePostgres implements AutoCloseable {

	private static final Path[] BIN_ROOTS = { Path.of("/usr/lib/postgresql") };

	private final Path bin;

	private final Path dir;

	private final Path data;

	private final int port;

	private final boolean asPostgresUser;

	private PrivatePostgres(Path bin, Path dir, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.dir = dir;
		this.data = dir.resolve("data");
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/**
	 * Creates and starts a new cluster, or skips the calling test (fails it under CI)
	 * when that is not possible here.
	 */
	public static PrivatePostgres startOrSkip() {
		Optional<Path> bin = binaries();
		boolean root = "root".equals(System.getProperty("user.name"));
		String missing = null;
		if (bin.isEmpty()) {
			missing = "no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin";
		}
		else if (root && !hasPostgresUser()) {
			missing = "running as root but there is no postgres OS user to run the cluster";
		}
		if (missing != null) {
			String message = "Database outage test skipped: " + missing + " (apt-get install postgresql to run it).";
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new AssertionFailedError("CI=true but " + message);
			}
			Assumptions.abort(message);
		}
		try {
			Path dir = Files.createTempDirectory("archfit-pg-");
			PrivatePostgres cluster = new PrivatePostgres(bin.get(), dir, freePort(), root);
			if (root) {
				cluster.run(List.of("chown", "postgres:postgres", dir.toString()), false);
			}
			cluster.run(List.of(bin.get().resolve("initdb").toString(), "-D", cluster.data.toString(), "-U", "postgres",
					"-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"), true);
			cluster.start();
			return cluster;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not create a private PostgreSQL cluster", ex);
		}
	}

	public int port() {
		return this.port;
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/postgres";
	}

	/** Starts the server and waits until it accepts connections. */
	public void start() {
		run(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-l",
				this.dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
				"-p " + this.port + " -k " + this.dir + " -c listen_addresses=127.0.0.1", "start"), true);
	}

	/** Stops the server (fast: open sessions are ended) and waits until it is down. */
	public void stop() {
		run(List.of(this.bin.resolve("pg_ctl").toString(), "-D", this.data.toString(), "-m", "fast", "-w", "-t", "60",
				"stop"), true);
	}

	@Override
	public void close() {
		try {
			if (Files.exists(this.data.resolve("postmaster.pid"))) {
				stop();
			}
		}
		finally {
			try (Stream<Path> files = Files.walk(this.dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary directory left behind is harmless
			}
		}
	}

	private void run(List<String> command, boolean asOwner) {
		List<String> full = new ArrayList<>();
		if (asOwner && this.asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: "
						+ new String(output, StandardCharsets.UTF_8) + serverLog());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not run " + command.get(0), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String serverLog() {
		try {
			Path log = this.dir.resolve("server.log");
			return Files.exists(log) ? "\n" + Files.readString(log) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static Optional<Path> binaries() {
		for (Path root : BIN_ROOTS) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> versions = Files.list(root)) {
				Optional<Path> bin = versions.map((version) -> version.resolve("bin"))
					.filter((dir) -> Files.isExecutable(dir.resolve("initdb"))
							&& Files.isExecutable(dir.resolve("pg_ctl")))
					.max(Comparator.comparing(Path::toString));
				if (bin.isPresent()) {
					return bin;
				}
			}
			catch (IOException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	private static boolean hasPostgresUser() {
		try {
			return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch((line) -> line.startsWith("postgres:"));
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
