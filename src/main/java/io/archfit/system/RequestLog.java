package io.archfit.system;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
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
 * reach the log. The status is the one sent: for a request that failed with an exception,
 * the line is written once the container's error page has set it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger("io.archfit.requests");

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{20,}");

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

	static final String HEADER = "X-Request-Id";

	private static final String PENDING = RequestLog.class.getName() + ".pending";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			errorDispatch(request, response, chain);
			return;
		}
		String incoming = request.getHeader(HEADER);
		String id = (incoming != null && SAFE_ID.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
		response.setHeader(HEADER, id);
		MDC.put("requestId", id);
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (failed) {
				// the container sets the status it sends and renders the error page
				// after this: the error dispatch logs the request
				request.setAttribute(PENDING, new Pending(id, request.getMethod(), start));
			}
			else {
				log(request.getMethod(), request.getRequestURI(), response, start);
			}
			MDC.remove("requestId");
		}
	}

	/**
	 * The error page of a request that failed with an exception: logged once it is
	 * rendered, with the status the container sends (the error page itself runs as a GET
	 * of the path that failed). Errors sent by the application ({@code sendError}) were
	 * logged with their status already.
	 */
	private void errorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request.getAttribute(PENDING) instanceof Pending pending)) {
			chain.doFilter(request, response);
			return;
		}
		request.removeAttribute(PENDING);
		MDC.put("requestId", pending.id());
		try {
			chain.doFilter(request, response);
		}
		finally {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			log(pending.method(), (uri instanceof String original) ? original : request.getRequestURI(), response,
					pending.start());
			MDC.remove("requestId");
		}
	}

	private static void log(String method, String path, HttpServletResponse response, long start) {
		if (log.isInfoEnabled()) {
			log.info("request method={} path={} status={} durationMs={}", method, mask(path), response.getStatus(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/** A request that failed and waits for its error page. */
	private record Pending(String id, String method, long start) {

	}

	/** The path with anything shaped like a key replaced by {@code ***}. */
	static String mask(String path) {
		return KEY.matcher(path).replaceAll("***");
	}

}
