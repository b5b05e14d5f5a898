package io.archfit.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured log line per request (method, path with every key masked, status,
 * duration) under a request id that is also returned in {@code X-Request-Id} and put in
 * the logging context of everything logged while the request runs. Capability keys never
 * reach the log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("io.archfit.requests");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{20,}");

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	static final String HEADER = "X-Request-Id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = (incoming != null && SAFE_ID.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
		response.setHeader(HEADER, id);
		MDC.put("requestId", id);
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (log.isInfoEnabled()) {
				log.info("request method={} path={} status={} durationMs={}", request.getMethod(),
						mask(request.getRequestURI()), response.getStatus(), (System.nanoTime() - start) / 1_000_000);
			}
			MDC.remove("requestId");
		}
	}

	/** The path with anything shaped like a key replaced by {@code ***}. */
	static String mask(String path) {
		return KEY.matcher(path).replaceAll("***");
	}

}
