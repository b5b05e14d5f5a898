package io.archfit.integration;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after {@code firstRetry}, then twice as long
 * each time up to {@code maxDelay}, each wait shortened by a random part of up to a half
 * (jitter, so that deliveries failing together do not come back together); at least as
 * long as the receiver asked for ({@code Retry-After}, up to {@code maxDelay}). After
 * {@code maxAttempts} attempts the delivery is given up.
 */
record RetrySchedule(Duration firstRetry, Duration maxDelay, int maxAttempts) {

	static RetrySchedule of(WebhookSettings settings) {
		return new RetrySchedule(settings.firstRetry(), settings.maxRetryDelay(), settings.maxAttempts());
	}

	/**
	 * The wait after {@code attempts} failed attempts, or null when that was the last.
	 */
	Duration next(int attempts, Duration retryAfter) {
		if (attempts >= this.maxAttempts) {
			return null;
		}
		long max = this.maxDelay.toMillis();
		long exponential = this.firstRetry.toMillis();
		for (int i = 1; i < attempts && exponential < max; i++) {
			exponential *= 2;
		}
		long capped = Math.min(exponential, max);
		long wait = capped - (long) (capped * 0.5 * ThreadLocalRandom.current().nextDouble());
		if (retryAfter != null) {
			wait = Math.max(wait, Math.min(retryAfter.toMillis(), max));
		}
		return Duration.ofMillis(wait);
	}

}
