package io.archfit.system;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;

/**
 * Buckets in this instance's memory, for a single instance on its embedded database: at
 * most {@code maximum} of them, the least recently used forgotten first, and each
 * forgotten once it has not been used for a whole window (it would be full again by then
 * anyway). Never forgets every client at once.
 */
final class LocalBuckets implements Buckets {

	static final int MAXIMUM_CLIENTS = 100_000;

	private final Cache<String, Bucket> buckets;

	private final TimeMeter time;

	LocalBuckets(Duration window) {
		this(window, MAXIMUM_CLIENTS, Ticker.systemTicker(), TimeMeter.SYSTEM_MILLISECONDS);
	}

	/** With the clocks given, for tests. */
	LocalBuckets(Duration window, int maximum, Ticker ticker, TimeMeter time) {
		this.time = time;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(maximum)
			.expireAfterAccess(window)
			.ticker(ticker)
			.executor(Runnable::run)
			.build();
	}

	@Override
	public Bucket bucket(String key, BucketConfiguration configuration) {
		return this.buckets.get(key,
				(missing) -> Bucket.builder()
					.addLimit(configuration.getBandwidths()[0])
					.withCustomTimePrecision(this.time)
					.build());
	}

	/** How many clients' buckets are kept now. */
	long size() {
		this.buckets.cleanUp();
		return this.buckets.estimatedSize();
	}

}
