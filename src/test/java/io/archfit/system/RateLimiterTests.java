package io.archfit.system;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The limiter on in-memory buckets, with a clock the test moves: the limit per window,
 * Retry-After, counting and asking apart, 0 for off, and memory that stays bounded
 * without forgetting everyone at once.
 */
class RateLimiterTests {

	static final Duration MINUTE = Duration.ofMinutes(1);

	/** One clock for the buckets and the cache, moved by the test. */
	static final class Clock implements Ticker, TimeMeter {

		final AtomicLong nanos = new AtomicLong(TimeUnit.DAYS.toNanos(20_000));

		void advance(Duration duration) {
			this.nanos.addAndGet(duration.toNanos());
		}

		@Override
		public long read() {
			return this.nanos.get();
		}

		@Override
		public long currentTimeNanos() {
			return this.nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

	final Clock clock = new Clock();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	RateLimiter limiter(String name, int limit, LocalBuckets buckets) {
		return new RateLimiter(name, limit, MINUTE, buckets, Counter.builder("refusals").register(this.meters));
	}

	LocalBuckets buckets(int maximum) {
		return new LocalBuckets(MINUTE, maximum, this.clock, this.clock);
	}

	@Test
	void allowsTheLimitPerWindowThenAsksToWaitUntilTheWindowHasPassed() {
		RateLimiter limiter = limiter("creations", 2, buckets(100));
		assertThat(limiter.acquire("a")).isZero();
		this.clock.advance(Duration.ofSeconds(20));
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(40);
		assertThat(limiter.acquire("b")).as("another client has a bucket of its own").isZero();
		this.clock.advance(Duration.ofSeconds(39));
		assertThat(limiter.acquire("a")).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(60);
	}

	@Test
	void recordingAndAskingAreSeparateForLimitsThatCountOutcomes() {
		RateLimiter limiter = limiter("keyMisses", 1, buckets(100));
		assertThat(limiter.retryAfter("a")).isZero();
		assertThat(limiter.retryAfter("a")).as("asking counts nothing").isZero();
		limiter.record("a");
		assertThat(limiter.retryAfter("a")).isEqualTo(60);
		limiter.record("a");
		assertThat(limiter.retryAfter("a")).as("a miss past the limit does not lengthen the wait").isEqualTo(60);
	}

	@Test
	void limitsWithTheSameBucketsCountApart() {
		LocalBuckets buckets = buckets(100);
		RateLimiter comments = limiter("comments", 1, buckets);
		RateLimiter votes = limiter("votes", 1, buckets);
		assertThat(comments.acquire("a")).isZero();
		assertThat(votes.acquire("a")).isZero();
		assertThat(comments.acquire("a")).isPositive();
		assertThat(votes.acquire("a")).isPositive();
	}

	@Test
	void zeroSwitchesTheLimiterOff() {
		LocalBuckets buckets = buckets(100);
		RateLimiter limiter = limiter("votes", 0, buckets);
		for (int i = 0; i < 100; i++) {
			limiter.record("a");
			assertThat(limiter.acquire("a")).isZero();
			assertThat(limiter.retryAfter("a")).isZero();
		}
		assertThat(limiter.isOff()).isTrue();
		assertThat(buckets.size()).as("buckets made").isZero();
	}

	@Test
	void memoryIsBoundedAndClientsAreForgottenOneByOneNeverAllAtOnce() {
		LocalBuckets buckets = buckets(1000);
		RateLimiter limiter = limiter("keyMisses", 1, buckets);
		limiter.record("guesser");
		for (int i = 0; i < 5000; i++) {
			limiter.record("client-" + i);
			if (i % 100 == 0) {
				// the guesser keeps trying and stays refused while others come and go
				assertThat(limiter.retryAfter("guesser")).as("after %d other clients", i + 1).isPositive();
			}
		}
		assertThat(buckets.size()).isLessThanOrEqualTo(1000).isGreaterThan(900);
		assertThat(limiter.retryAfter("client-4999")).as("the latest client is still counted").isPositive();
	}

	@Test
	void aBucketUnusedForAWholeWindowIsForgotten() {
		LocalBuckets buckets = buckets(100);
		RateLimiter limiter = limiter("keyMisses", 1, buckets);
		limiter.record("a");
		limiter.record("b");
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(limiter.retryAfter("b")).isEqualTo(30);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(buckets.size()).as("a forgotten, b asked for 31 s ago").isEqualTo(1);
		assertThat(limiter.retryAfter("a")).isZero();
	}

	@Test
	void refusalsAreCountedForTheMetrics() {
		RateLimiter limiter = limiter("votes", 1, buckets(100));
		limiter.refused();
		limiter.refused();
		assertThat(this.meters.get("refusals").counter().count()).isEqualTo(2);
	}

}
