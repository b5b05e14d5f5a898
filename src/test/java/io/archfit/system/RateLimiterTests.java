package io.archfit.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTests {

	static final class Ticking extends Clock {

		Instant now = Instant.parse("2025-01-01T00:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void allowsTheLimitPerMinuteThenAsksToWaitUntilTheOldestEventLeavesTheWindow() {
		Ticking clock = new Ticking();
		RateLimiter limiter = new RateLimiter(2, clock);
		assertThat(limiter.acquire("a")).isZero();
		clock.now = clock.now.plus(Duration.ofSeconds(20));
		assertThat(limiter.acquire("a")).isZero();
		assertThat(limiter.acquire("a")).isEqualTo(40);
		assertThat(limiter.acquire("b")).isZero();
		clock.now = clock.now.plus(Duration.ofSeconds(40));
		assertThat(limiter.acquire("a")).isZero();
	}

	@Test
	void recordingAndAskingAreSeparateForLimitsThatCountOutcomes() {
		RateLimiter limiter = new RateLimiter(1, new Ticking());
		assertThat(limiter.retryAfter("a")).isZero();
		limiter.record("a");
		assertThat(limiter.retryAfter("a")).isEqualTo(60);
	}

	@Test
	void zeroSwitchesTheLimiterOff() {
		RateLimiter limiter = new RateLimiter(0, new Ticking());
		for (int i = 0; i < 100; i++) {
			limiter.record("a");
			assertThat(limiter.acquire("a")).isZero();
		}
		assertThat(limiter.isOff()).isTrue();
	}

}
