package io.archfit.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application for a test class: served over real HTTP on a random port of
 * 127.0.0.1 (inject it with {@code @LocalServerPort}, for {@link Http},
 * {@link FormClient} and browsers) and through {@code MockMvcTester}, on one in-memory H2
 * database, with the rate limits switched off, no webhook sender running (the webhook
 * tests have contexts of their own) and live report streams that end after a second.
 * <p>
 * Every class with exactly this annotation and nothing else that changes the
 * configuration shares one application context and one database for the whole test run,
 * so the context starts once instead of once per class. Tests therefore never expect an
 * empty database: each creates what it reads (its own assessments and workspaces, found
 * by their keys) and never counts all rows of a table. A test that needs settings of its
 * own uses {@code @SpringBootTest} with its own database URL instead, and says why.
 * <p>
 * MockMvc requests get their CSRF token from {@link CsrfCookie#csrf()}: Spring Security's
 * own {@code csrf()} would move the shared context's tokens into HTTP sessions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.datasource.url=" + AppTest.DATABASE,
				"archfit.rate-limit.key-misses-per-minute=0", "archfit.rate-limit.creations-per-minute=0",
				"archfit.rate-limit.comments-per-minute=0", "archfit.rate-limit.votes-per-minute=0",
				"archfit.webhooks.senders=0", "archfit.live.stream-duration=1s",
				"archfit.workspace-archive.max-size=1MB" })
@AutoConfigureMockMvc
public @interface AppTest {

	/**
	 * The shared database: in memory, with the options of the application's own H2 URL
	 * (PostgreSQL mode, lower-case names, nulls last).
	 */
	String DATABASE = "jdbc:h2:mem:app;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

}
