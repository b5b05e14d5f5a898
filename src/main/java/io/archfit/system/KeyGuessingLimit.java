package io.archfit.system;

import java.io.IOException;

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
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class KeyGuessingLimit extends OncePerRequestFilter {

	private final RateLimiter misses;

	KeyGuessingLimit(RateLimiters.Limits limits) {
		this.misses = limits.keyMisses();
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
		long retryAfter = this.misses.retryAfter(client);
		if (retryAfter > 0) {
			RateLimits.refuse(request, response, retryAfter, this.misses);
			return;
		}
		chain.doFilter(request, response);
		if (response.getStatus() == HttpStatus.NOT_FOUND.value() || KeyMisses.counted(request)) {
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
