package io.archfit.system;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Builds the API's RFC 9457 problem documents. Bad input lists every bad field under
 * {@code errors}, each with the field's path, a stable code and a readable message.
 */
public final class ApiProblem {

	private ApiProblem() {
	}

	/** One bad field of a request. */
	public record FieldError(String field, String code, String message) {

	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	/**
	 * The route the problem happened on, as its pattern
	 * ({@code /api/v1/assessments/{viewKey}}), so a problem document never repeats a key
	 * from the URL.
	 */
	public static URI instance() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		Object pattern = (attributes != null) ? attributes.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) : null;
		return URI.create((pattern instanceof String path) ? path.replace("{", "%7B").replace("}", "%7D") : "/api");
	}

	public static ProblemDetail invalid(String detail, List<FieldError> errors) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

}
