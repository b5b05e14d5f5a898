package io.archfit.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Limits per client address and minute on what writes: creating assessments (wizard, API,
 * import, a what-if variant saved as a scenario) and workspaces (page and API), posting
 * comments and casting votes, and importing workspaces
 * ({@code archfit.rate-limit.creations-per-minute}, {@code comments-per-minute},
 * {@code votes-per-minute}; 0 switches one off). Every attempt counts; past the limit the
 * answer is 429 with {@code Retry-After}. The defaults are far above what a busy team
 * does by hand.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimits extends OncePerRequestFilter {

	/** Request attribute naming the limit that refused a request, for the error page. */
	static final String REASON = RateLimits.class.getName() + ".reason";

	private final List<Limited> routes;

	RateLimits(RateLimiters.Limits limits) {
		Map<String, RateLimiter> limiters = Map.of("creations", limits.creations(), "comments", limits.comments(),
				"votes", limits.votes());
		this.routes = List.of(new Limited("POST", "/assessments/new", "creations", limiters),
				new Limited("POST", "/import", "creations", limiters),
				new Limited("POST", "/workspaces/import", "creations", limiters),
				new Limited("POST", "/api/v1/workspaces/import", "creations", limiters),
				new Limited("POST", "/api/v1/assessments", "creations", limiters),
				new Limited("POST", "/api/v1/assessments/import", "creations", limiters),
				new Limited("POST", "/a/{key}/what-if/save", "creations", limiters),
				new Limited("POST", "/workspaces", "creations", limiters),
				new Limited("POST", "/api/v1/workspaces", "creations", limiters),
				new Limited("POST", "/a/{key}/comments", "comments", limiters),
				new Limited("POST", "/o/{key}/comments", "comments", limiters),
				new Limited("POST", "/api/v1/assessments/{key}/comments", "comments", limiters),
				new Limited("POST", "/a/{key}/votes", "votes", limiters),
				new Limited("POST", "/o/{key}/votes", "votes", limiters),
				new Limited("PUT", "/api/v1/assessments/{key}/votes", "votes", limiters));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Limited route = routeOf(request);
		if (route != null) {
			long retryAfter = route.limiter().acquire(request.getRemoteAddr());
			if (retryAfter > 0) {
				refuse(request, response, retryAfter, route.limiter());
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private Limited routeOf(HttpServletRequest request) {
		if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
			return null;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		for (Limited route : this.routes) {
			if (route.method().equals(request.getMethod()) && route.pattern().matches(path)) {
				return route.limiter().isOff() ? null : route;
			}
		}
		return null;
	}

	/**
	 * Answers 429 with {@code Retry-After}; the error page or problem document says which
	 * limit was met, and the refusal is counted.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds,
			RateLimiter limiter) throws IOException {
		limiter.refused();
		request.setAttribute(REASON, limiter.name());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	private record Limited(String method, PathPattern pattern, RateLimiter limiter) {

		Limited(String method, String pattern, String limit, Map<String, RateLimiter> limiters) {
			this(method, PathPatternParser.defaultInstance.parse(pattern), limiters.get(limit));
		}

	}

}
