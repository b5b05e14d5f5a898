package io.archfit.system;

import java.io.IOException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down link guessing: a client address whose requests that take keys answered 404,
 * or presented an unknown key elsewhere (see {@link KeyMisses}), more than
 * {@code archfit.rate-limit.key-misses-per-minute} times in the last minute gets 429 with
 * {@code Retry-After} on those requests until the minute has passed. Requests that take
 * keys: those under capability links, comparisons (keys in the query), and creating an
 * assessment (a workspace's owner key in the form or body). On PostgreSQL the counts are
 * shared by every instance (see {@link RateLimiters}); a busy team following its own
 * links never meets the limit.
 *
 * <p>
 * Checking the shared count costs a database transaction, so an instance remembers the
 * clients it found under the limit that have not missed a key on it since: their next
 * requests go through without asking the database again, for a window at most. A miss
 * forgets the client at once, so a client that guesses is checked before every request as
 * if nothing were remembered; one whose count was used up on other instances meanwhile
 * gets at most one more guess on this one (the miss that tells it, or as many as it has
 * in flight at that moment) before it is refused here too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class KeyGuessingLimit extends OncePerRequestFilter {

	/** Most clients remembered as under the limit; the least recently seen go first. */
	static final int REMEMBERED_CLIENTS = 100_000;

	private final RateLimiter misses;

	/** Clients found under the limit that have not missed a key here since. */
	private final Cache<String, Boolean> underTheLimit;

	KeyGuessingLimit(RateLimiters.Limits limits, RateLimitSettings settings) {
		this.misses = limits.keyMisses();
		this.underTheLimit = Caffeine.newBuilder()
			.maximumSize(REMEMBERED_CLIENTS)
			.expireAfterWrite(settings.window())
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.misses.isOff() || !takesKeys(request.getMethod(),
				request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = request.getRemoteAddr();
		if (this.underTheLimit.getIfPresent(client) == null) {
			long retryAfter = this.misses.retryAfter(client);
			if (retryAfter > 0) {
				RateLimits.refuse(request, response, retryAfter, this.misses);
				return;
			}
			this.underTheLimit.put(client, Boolean.TRUE);
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.NOT_FOUND.value() || KeyMisses.counted(request)) {
			this.underTheLimit.invalidate(client);
			this.misses.record(client);
		}
	}

	static boolean takesKeys(String method, String path) {
		return isCapabilityPath(path) || path.equals("/compare") || path.startsWith("/compare/")
				|| ("POST".equals(method) && (path.equals("/assessments/new") || path.equals("/api/v1/assessments")));
	}

	static boolean isCapabilityPath(String path) {
		return path.startsWith("/a/") || path.startsWith("/o/") || path.startsWith("/w/") || path.startsWith("/wo/")
				|| path.startsWith("/api/v1/assessments/") || path.startsWith("/api/v1/workspaces/")
				|| path.startsWith("/api/v1/compare");
	}

}
