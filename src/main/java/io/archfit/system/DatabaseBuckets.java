package io.archfit.system;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Buckets in the PostgreSQL table {@code rate_limit_bucket}, shared by every instance on
 * the database: a client counts the same wherever the load balancer sends it, and a
 * restarted instance finds the counts as they were. Each request that is limited reads
 * and writes its bucket's row under a row lock ({@code select … for update}). A row
 * carries the time after which its bucket would be full again; rows past it are deleted
 * in batches once a window, so the table holds only clients seen lately.
 */
class DatabaseBuckets implements Buckets {

	static final String TABLE = "rate_limit_bucket";

	static final int CLEANUP_BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(DatabaseBuckets.class);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	DatabaseBuckets(DataSource dataSource, Duration window) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table(TABLE)
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(window))
			.requestTimeout(Duration.ofSeconds(3))
			.build();
	}

	@Override
	public Bucket bucket(String key, BucketConfiguration configuration) {
		return this.buckets.builder().build(key, () -> configuration);
	}

	/** Once a window: deletes the rows of buckets that are full again. */
	@Scheduled(initialDelayString = "${archfit.rate-limit.window:1m}",
			fixedDelayString = "${archfit.rate-limit.window:1m}")
	void cleanUp() {
		removeExpired();
	}

	/**
	 * Deletes the rows of buckets that are full again (in batches, each instance taking
	 * rows the others do not hold); the number deleted.
	 */
	int removeExpired() {
		int removed = 0;
		try {
			for (int batch = 0; batch < 100; batch++) {
				int deleted = this.buckets.removeExpired(CLEANUP_BATCH);
				removed += deleted;
				if (deleted < CLEANUP_BATCH) {
					break;
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Expired request-limit buckets not removed this time: {}", ex.getMessage());
		}
		return removed;
	}

}
