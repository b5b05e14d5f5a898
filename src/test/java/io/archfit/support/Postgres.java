package io.archfit.support;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.AssertionFailedError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/**
 * The switch for the PostgreSQL suite (see {@link OnPostgres}). The suite runs when
 * {@value #URL} names a PostgreSQL database ({@value #USER} and, optionally,
 * {@value #PASSWORD} its credentials). Without it the suite is skipped with a message,
 * except under {@code CI=true}, where that is a failure. Each application context gets a
 * schema of its own, created before it starts and dropped when it closes, so runs never
 * see each other's data.
 */
public final class Postgres {

	public static final String URL = "ARCHFIT_TEST_POSTGRES_URL";

	public static final String USER = "ARCHFIT_TEST_POSTGRES_USER";

	public static final String PASSWORD = "ARCHFIT_TEST_POSTGRES_PASSWORD";

	static final String HOW = "set " + URL + " (e.g. jdbc:postgresql://127.0.0.1:5432/archfit_test), " + USER
			+ " and optionally " + PASSWORD;

	static final String SKIP_MESSAGE = "PostgreSQL suite skipped: " + HOW + " to run it.";

	static final String FAIL_MESSAGE = "CI=true but the PostgreSQL suite is not configured: " + HOW + ".";

	private static final Logger logger = LoggerFactory.getLogger(Postgres.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private Postgres() {
	}

	/** Where the suite's database is, as the environment says. */
	public record Settings(String url, String user, String password) {

		/** The settings from these environment variables, if the URL is set. */
		public static Optional<Settings> from(Map<String, String> env) {
			String url = env.get(URL);
			if (url == null || url.isBlank()) {
				return Optional.empty();
			}
			String user = env.getOrDefault(USER, "");
			return Optional.of(new Settings(url.strip(), user.strip(), env.getOrDefault(PASSWORD, "")));
		}

		/** The same database with {@code schema} as the connection's current schema. */
		public String urlWithSchema(String schema) {
			return this.url + (this.url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
		}

		/** Runs one statement on its own connection. */
		public void execute(String sql) {
			try (Connection connection = DriverManager.getConnection(this.url, this.user, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("PostgreSQL at " + this.url + " refused: " + sql, ex);
			}
		}

	}

	/** What the suite does in this environment. */
	public enum Decision {

		RUN, SKIP, FAIL;

		public static Decision of(Map<String, String> env) {
			if (Settings.from(env).isPresent()) {
				return RUN;
			}
			return "true".equalsIgnoreCase(env.get("CI")) ? FAIL : SKIP;
		}

	}

	/** A new schema name, lower case and unique enough for concurrent runs. */
	public static String newSchemaName() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return "archfit_test_" + HexFormat.of().formatHex(bytes);
	}

	/**
	 * Skips the test class before any application context is started when no PostgreSQL
	 * is configured, or fails it under {@code CI=true}.
	 */
	public static final class Required implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			return switch (Decision.of(System.getenv())) {
				case FAIL -> throw new AssertionFailedError(FAIL_MESSAGE);
				case SKIP -> {
					if (context.getTestMethod().isEmpty()) {
						logger.warn("{} ({})", SKIP_MESSAGE, context.getDisplayName());
					}
					yield ConditionEvaluationResult.disabled(SKIP_MESSAGE);
				}
				case RUN -> ConditionEvaluationResult.enabled(URL + " is set");
			};
		}

	}

	/**
	 * Points the application at a fresh schema of the configured database, created here
	 * and dropped when the context closes.
	 */
	public static final class FreshSchema implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Settings settings = Settings.from(System.getenv())
				.orElseThrow(() -> new IllegalStateException(SKIP_MESSAGE));
			String schema = newSchemaName();
			settings.execute("create schema " + schema);
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("spring.datasource.url", settings.urlWithSchema(schema));
			properties.put("spring.datasource.username", settings.user());
			properties.put("spring.datasource.password", settings.password());
			properties.put("spring.datasource.hikari.maximum-pool-size", "4");
			properties.put("spring.flyway.schemas", schema);
			properties.put("spring.jpa.properties.hibernate.default_schema", schema);
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("archfit-test-postgres", properties));
			context.addApplicationListener((event) -> {
				if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
					drop(settings, schema);
				}
			});
			logger.info("Tests run on PostgreSQL {} in schema {}", settings.url(), schema);
		}

		private static void drop(Settings settings, String schema) {
			try {
				settings.execute("drop schema if exists " + schema + " cascade");
			}
			catch (IllegalStateException ex) {
				logger.warn("Could not drop test schema {}: {}", schema, ex.getMessage());
			}
		}

	}

}
