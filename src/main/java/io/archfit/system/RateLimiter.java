package io.archfit.system;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding one-minute window of events per client address, kept in memory of this
 * instance. A limit of 0 or less switches the limiter off. Used for unknown-key lookups
 * and for creations, comments and votes.
 */
final class RateLimiter {

	static final long WINDOW_MILLIS = 60_000;

	private static final int MAX_TRACKED_CLIENTS = 100_000;

	private final int limit;

	private final Clock clock;

	private final Map<String, Deque<Long>> events = new ConcurrentHashMap<>();

	RateLimiter(int limit, Clock clock) {
		this.limit = limit;
		this.clock = clock;
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
		Deque<Long> recent = this.events.get(client);
		if (recent == null) {
			return 0;
		}
		long now = this.clock.millis();
		synchronized (recent) {
			prune(recent, now);
			return (recent.size() >= this.limit) ? secondsUntilFree(recent, now) : 0;
		}
	}

	/** Counts one event of the client. */
	void record(String client) {
		if (isOff()) {
			return;
		}
		long now = this.clock.millis();
		Deque<Long> recent = recent(client);
		synchronized (recent) {
			prune(recent, now);
			recent.addLast(now);
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
		long now = this.clock.millis();
		Deque<Long> recent = recent(client);
		synchronized (recent) {
			prune(recent, now);
			if (recent.size() >= this.limit) {
				return secondsUntilFree(recent, now);
			}
			recent.addLast(now);
			return 0;
		}
	}

	private Deque<Long> recent(String client) {
		if (this.events.size() > MAX_TRACKED_CLIENTS) {
			this.events.clear();
		}
		return this.events.computeIfAbsent(client, (key) -> new ArrayDeque<>());
	}

	private static long secondsUntilFree(Deque<Long> recent, long now) {
		return Math.max(1, (recent.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
	}

	private static void prune(Deque<Long> deque, long now) {
		while (!deque.isEmpty() && deque.peekFirst() <= now - WINDOW_MILLIS) {
			deque.pollFirst();
		}
	}

}
