package io.archfit.system;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import io.archfit.support.Postgres;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request limits' buckets in PostgreSQL, as two instances of the app see them: one
 * table (made by the app's migration) in a fresh schema, two separate sets of buckets on
 * it. A client gets the limit once in all, whichever instance it meets, and rows of
 * buckets that are full again are deleted while the others stay.
 */
@ExtendWith(Postgres.Required.class)
class PostgresRateLimitBucketsTests {

	static final Duration MINUTE = Duration.ofMinutes(1);

	Postgres.Settings settings;

	String schema;

	DriverManagerDataSource dataSource;

	JdbcTemplate jdbc;

	@BeforeEach
	void schema() throws Exception {
		this.settings = Postgres.Settings.from(System.getenv()).orElseThrow();
		this.schema = Postgres.newSchemaName();
		this.settings.execute("create schema " + this.schema);
		this.dataSource = new DriverManagerDataSource(this.settings.urlWithSchema(this.schema), this.settings.user(),
				this.settings.password());
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.execute(new ClassPathResource("db/migration/V6__rate_limit_buckets.sql")
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@AfterEach
	void drop() {
		this.settings.execute("drop schema if exists " + this.schema + " cascade");
	}

	RateLimiter limiter(int limit, Duration window) {
		return new RateLimiter("keyMisses", limit, window, new DatabaseBuckets(this.dataSource, window),
				Counter.builder("refusals").register(new SimpleMeterRegistry()));
	}

	@Test
	void twoInstancesCountTogether() {
		RateLimiter a = limiter(5, MINUTE);
		RateLimiter b = limiter(5, MINUTE);
		int allowed = 0;
		for (int i = 0; i < 10; i++) {
			RateLimiter instance = (i % 2 == 0) ? a : b;
			if (instance.retryAfter("203.0.113.7") == 0) {
				allowed++;
				instance.record("203.0.113.7");
			}
		}
		assertThat(allowed).as("misses allowed in all, alternating between two instances").isEqualTo(5);
		assertThat(a.retryAfter("203.0.113.7")).isBetween(1L, 60L);
		assertThat(b.acquire("198.51.100.1")).as("another client").isZero();
		assertThat(this.jdbc.queryForList("select id from rate_limit_bucket order by id", String.class))
			.containsExactly("keyMisses:198.51.100.1", "keyMisses:203.0.113.7");
	}

	@Test
	void rowsOfBucketsThatAreFullAgainAreDeletedTheOthersStay() {
		RateLimiter kept = limiter(1, MINUTE);
		kept.record("198.51.100.1");
		Duration second = Duration.ofSeconds(1);
		DatabaseBuckets shortWindow = new DatabaseBuckets(this.dataSource, second);
		RateLimiter brief = new RateLimiter("votes", 1, second, shortWindow,
				Counter.builder("refusals").register(new SimpleMeterRegistry()));
		for (int i = 0; i < 20; i++) {
			brief.record("203.0.113." + i);
		}
		assertThat(count()).isEqualTo(21);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		int removed = 0;
		while (removed < 20 && System.nanoTime() < deadline) {
			removed += shortWindow.removeExpired();
			LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
		}
		assertThat(removed).isEqualTo(20);
		assertThat(this.jdbc.queryForList("select id from rate_limit_bucket", String.class))
			.containsExactly("keyMisses:198.51.100.1");
		assertThat(kept.retryAfter("198.51.100.1")).as("the bucket still in use counts on").isPositive();
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from rate_limit_bucket", Integer.class);
	}

}
