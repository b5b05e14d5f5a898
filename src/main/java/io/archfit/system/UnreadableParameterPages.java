package io.archfit.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages whose parameters the container could not read (bytes that are not UTF-8 in the
 * query or form, a form body over its limit) answer the container's 4xx with the error
 * page, as the client's fault, instead of an exception in the log. API calls get the same
 * status as a problem document from {@link ApiExceptionHandler}, which runs first.
 */
@Component
class UnreadableParameterPages implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof InvalidParameterException invalid) || response.isCommitted()) {
			return null;
		}
		HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
		try {
			response.sendError(
					(status != null && status.is4xxClientError()) ? status.value() : HttpStatus.BAD_REQUEST.value());
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
