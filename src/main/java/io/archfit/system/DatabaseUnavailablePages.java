package io.archfit.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages whose database is out of reach answer 503 with {@code Retry-After} and the
 * "briefly unavailable" error page instead of a 500. API calls get the same status as a
 * problem document from {@link ApiExceptionHandler}, which runs first.
 */
@Component
class DatabaseUnavailablePages implements HandlerExceptionResolver, Ordered {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!DatabaseUnavailable.isCause(ex) || response.isCommitted()) {
			return null;
		}
		log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		try {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			return new ModelAndView();
		}
		catch (java.io.IOException sendFailed) {
			return null;
		}
	}

	/** After the controllers' own exception handlers, before the container's 500. */
	@Override
	public int getOrder() {
		return 1;
	}

}
