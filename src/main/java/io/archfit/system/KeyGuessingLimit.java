package io.archfit.system;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down link guessing: a client address whose requests under capability links
 * answered 404 more than {@code archfit.rate-limit.key-misses-per-minute} times in the
 * last minute gets 429 with {@code Retry-After} on those links until the minute has
 * passed. Counts are kept per instance; a busy team following its own links never meets
 * the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class KeyGuessingLimit extends OncePerRequestFilter {

	private static final long WINDOW_MILLIS = 60_000;

	private static final int MAX_TRACKED_CLIENTS = 100_000;

	private final int limit;

	private final Clock clock;

	private final Map<String, Deque<Long>> misses = new ConcurrentHashMap<>();

	KeyGuessingLimit(@Value("${archfit.rate-limit.key-misses-per-minute:30}") int limit) {
		this.limit = limit;
		this.clock = Clock.systemUTC();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.limit <= 0
				|| !isCapabilityPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		long now = this.clock.millis();
		Deque<Long> recent = this.misses.get(client);
		if (recent != null) {
			synchronized (recent) {
				prune(recent, now);
				if (recent.size() >= this.limit) {
					long retryAfter = Math.max(1, (recent.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
					response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
					return;
				}
			}
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.NOT_FOUND.value()) {
			if (this.misses.size() > MAX_TRACKED_CLIENTS) {
				this.misses.clear();
			}
			Deque<Long> deque = this.misses.computeIfAbsent(client, (key) -> new ArrayDeque<>());
			synchronized (deque) {
				prune(deque, now);
				deque.addLast(now);
			}
		}
	}

	private static void prune(Deque<Long> deque, long now) {
		while (!deque.isEmpty() && deque.peekFirst() <= now - WINDOW_MILLIS) {
			deque.pollFirst();
		}
	}

	static boolean isCapabilityPath(String path) {
		return path.startsWith("/a/") || path.startsWith("/o/") || path.startsWith("/w/") || path.startsWith("/wo/")
				|| path.startsWith("/api/v1/assessments/") || path.startsWith("/api/v1/workspaces/")
				|| path.startsWith("/api/v1/compare");
	}

}
