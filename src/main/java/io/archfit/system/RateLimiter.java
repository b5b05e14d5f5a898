package io.archfit.system;

import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request limit: at most {@code limit} events per client address and window, counted
 * in a token bucket under the key {@code <name>:<client address>} (see {@link Buckets}).
 * The bucket is refilled whole when a window has passed since its first event. A limit of
 * 0 or less switches the limiter off. When the buckets cannot be reached (the database is
 * away), requests are let through: the request itself meets the outage.
 */
final class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private final String name;

	private final int limit;

	private final Buckets buckets;

	private final BucketConfiguration configuration;

	private final Counter refusals;

	RateLimiter(String name, int limit, java.time.Duration window, Buckets buckets, Counter refusals) {
		this.name = name;
		this.limit = limit;
		this.buckets = buckets;
		this.refusals = refusals;
		this.configuration = (limit > 0) ? BucketConfiguration.builder()
			.addLimit((bandwidth) -> bandwidth.capacity(limit).refillIntervally(limit, window))
			.build() : null;
	}

	/** The limit's name, e.g. {@code keyMisses}: says which limit refused a request. */
	String name() {
		return this.name;
	}

	boolean isOff() {
		return this.limit <= 0;
	}

	/**
	 * Seconds the client must wait before its next event is allowed, 0 if it is allowed
	 * now. Records nothing.
	 */
	long retryAfter(String client) {
		if (isOff()) {
			return 0;
		}
		try {
			EstimationProbe probe = bucket(client).estimateAbilityToConsume(1);
			return probe.canBeConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
		}
		catch (RuntimeException ex) {
			unreachable(ex);
			return 0;
		}
	}

	/** Counts one event of the client (nothing more once the limit is met). */
	void record(String client) {
		if (isOff()) {
			return;
		}
		try {
			bucket(client).tryConsume(1);
		}
		catch (RuntimeException ex) {
			unreachable(ex);
		}
	}

	/**
	 * Counts one event of the client if the limit allows it and answers 0; otherwise
	 * counts nothing and answers the seconds to wait.
	 */
	long acquire(String client) {
		if (isOff()) {
			return 0;
		}
		try {
			ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
			return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
		}
		catch (RuntimeException ex) {
			unreachable(ex);
			return 0;
		}
	}

	/** Counts a request this limit refused, for the metrics. */
	void refused() {
		this.refusals.increment();
	}

	private Bucket bucket(String client) {
		return this.buckets.bucket(this.name + ":" + client, this.configuration);
	}

	private static long seconds(long nanos) {
		return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
	}

	private void unreachable(RuntimeException ex) {
		log.warn("Request limit {} not checked, the request goes through: {}", this.name, ex.getMessage());
	}

}
