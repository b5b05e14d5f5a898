package io.archfit.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.opentest4j.AssertionFailedError;

/**
 * The packaged application ({@code target/archfit-<version>.jar}, built by
 * {@code ./mvnw verify} before the integration tests run) as a real operating-system
 * process: on a free port of 127.0.0.1 with a management port of its own (metrics,
 * backups), in a working directory of its own, its output in a log file under
 * {@code target/app-logs/}, started and awaited until it is ready for traffic, stopped
 * with SIGTERM or killed with SIGKILL. Closing it kills what is still running, and a
 * shutdown hook does the same if the test JVM ends first, so no process outlives its
 * test.
 */
public final class AppProcess implements AutoCloseable {

	/**
	 * How long a start may take before the test fails (a loaded 2-core machine is slow).
	 */
	public static final Duration START_TIMEOUT = Duration.ofSeconds(180);

	/** Longer than the app's graceful shutdown phase (30 s). */
	public static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private static final Duration POLL = Duration.ofMillis(100);

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	/**
	 * Options of the test JVM: a small heap as in production, and a quicker start-up (the
	 * C1 compiler only, a single-threaded collector) on a machine of two cores.
	 */
	private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
			"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

	private final String name;

	private final int port;

	private final int managementPort;

	private final Path log;

	private final Process process;

	private final Thread reaper;

	private final long startedAt;

	private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private AppProcess(String name, int port, int managementPort, Path log, Process process, long startedAt) {
		this.name = name;
		this.port = port;
		this.managementPort = managementPort;
		this.log = log;
		this.process = process;
		this.startedAt = startedAt;
		this.reaper = new Thread(process::destroyForcibly, "kill-" + name);
		Runtime.getRuntime().addShutdownHook(this.reaper);
	}

	/** A new instance named {@code name} (for its log file). */
	public static Builder named(String name) {
		return new Builder(name);
	}

	/** How an instance is started. */
	public static final class Builder {

		private final String name;

		private final List<String> arguments = new ArrayList<>();

		private final Map<String, String> environment = new LinkedHashMap<>();

		private Path directory;

		private Builder(String name) {
			this.name = name;
		}

		/** A Spring property, passed as {@code --name=value}. */
		public Builder property(String property, String value) {
			this.arguments.add("--" + property + "=" + value);
			return this;
		}

		/** An environment variable of the process. */
		public Builder env(String variable, String value) {
			this.environment.put(variable, value);
			return this;
		}

		/**
		 * The working directory, where the default H2 database goes ({@code ./data}); by
		 * default a new directory under {@code target/app-runs/}.
		 */
		public Builder workingDirectory(Path directory) {
			this.directory = directory;
			return this;
		}

		/**
		 * Starts the process on a free port and returns at once; see
		 * {@link AppProcess#awaitReady()}.
		 */
		public AppProcess start() {
			Path jar = PackagedJar.find();
			int port = freePort();
			int managementPort = freePort();
			Path log = logFile(this.name, port);
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.addAll(JVM_OPTIONS);
			command.add("-jar");
			command.add(jar.toString());
			command.add("--server.port=" + port);
			command.add("--management.server.port=" + managementPort);
			command.add("--server.address=127.0.0.1");
			command.add("--spring.main.banner-mode=off");
			command.addAll(this.arguments);
			ProcessBuilder builder = new ProcessBuilder(command)
				.directory(((this.directory != null) ? this.directory : newRunDirectory(this.name)).toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			Map<String, String> env = builder.environment();
			env.keySet()
				.removeIf((key) -> key.startsWith("ARCHFIT_") || key.startsWith("SPRING_") || key.equals("PORT"));
			env.putAll(this.environment);
			try {
				long startedAt = System.nanoTime();
				return new AppProcess(this.name, port, managementPort, log, builder.start(), startedAt);
			}
			catch (IOException ex) {
				throw new IllegalStateException("Could not start " + command, ex);
			}
		}

		/** Starts the process and waits until it is ready. */
		public AppProcess startAndAwait() {
			AppProcess app = start();
			try {
				app.awaitReady();
				return app;
			}
			catch (RuntimeException | Error ex) {
				app.close();
				throw ex;
			}
		}

	}

	/** What ended a process: its exit code and how long it took from the signal. */
	public record Exit(int code, double seconds) {

	}

	public int port() {
		return this.port;
	}

	/** The port of the actuator's endpoints other than health (metrics, backups). */
	public int managementPort() {
		return this.managementPort;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	public boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * Waits until {@code /actuator/health/readiness} answers UP; fails, with the end of
	 * the log, when the process exits first or the start takes longer than
	 * {@link #START_TIMEOUT}.
	 * @return the seconds from the start of the process until it was ready
	 */
	public double awaitReady() {
		long deadline = this.startedAt + START_TIMEOUT.toNanos();
		HttpRequest request = HttpRequest.newBuilder(url("/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.GET()
			.build();
		while (true) {
			if (!this.process.isAlive()) {
				throw new AssertionFailedError(this.name + " exited with code " + this.process.exitValue()
						+ " before it was ready; end of " + this.log + ":\n" + logTail(40));
			}
			try {
				HttpResponse<String> response = this.probe.send(request, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					return (System.nanoTime() - this.startedAt) / 1e9;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionFailedError(this.name + " was not ready after " + START_TIMEOUT.toSeconds()
						+ " s; end of " + this.log + ":\n" + logTail(40));
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

	/**
	 * Sends SIGTERM and waits for the process to exit (fails after
	 * {@link #STOP_TIMEOUT}).
	 */
	public Exit stop() {
		long signalled = System.nanoTime();
		this.process.destroy();
		return awaitExit(signalled, "SIGTERM");
	}

	/** Sends SIGKILL and waits for the process to be gone. */
	public Exit kill() {
		long signalled = System.nanoTime();
		this.process.destroyForcibly();
		return awaitExit(signalled, "SIGKILL");
	}

	/** The last {@code lines} lines of the log. */
	public String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(log not readable: " + ex.getMessage() + ")";
		}
	}

	/** The whole log. */
	public String logText() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	/** Kills the process if it still runs and waits for it to be gone. */
	@Override
	public void close() {
		try {
			if (this.process.isAlive()) {
				this.process.destroyForcibly();
				this.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			try {
				Runtime.getRuntime().removeShutdownHook(this.reaper);
			}
			catch (IllegalStateException ex) {
				// the JVM is shutting down: the hook runs anyway
			}
		}
	}

	private Exit awaitExit(long signalled, String signal) {
		try {
			if (!this.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
				throw new AssertionFailedError(this.name + " still ran " + STOP_TIMEOUT.toSeconds() + " s after "
						+ signal + "; end of " + this.log + ":\n" + logTail(40));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		return new Exit(this.process.exitValue(), (System.nanoTime() - signalled) / 1e9);
	}

	/** A port of 127.0.0.1 free now and not handed to another instance of this run. */
	private static int freePort() {
		for (int attempt = 0; attempt < 20; attempt++) {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				if (HANDED_OUT.add(socket.getLocalPort())) {
					return socket.getLocalPort();
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("No free port on 127.0.0.1", ex);
			}
		}
		throw new IllegalStateException("No new free port on 127.0.0.1");
	}

	private static Path logFile(String name, int port) {
		try {
			Path dir = Files.createDirectories(target().resolve("app-logs"));
			return dir.resolve(name + "-" + port + ".log");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path newRunDirectory(String name) {
		try {
			return Files.createTempDirectory(Files.createDirectories(target().resolve("app-runs")), name + "-");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path target() {
		return PackagedJar.target();
	}

}
