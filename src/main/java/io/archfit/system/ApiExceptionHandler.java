package io.archfit.system;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of API calls into problem documents that name what is wrong, and never
 * into a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> notFound(Locale locale) {
		return respond(ApiProblem.of(HttpStatus.NOT_FOUND, msg("problem.notFound", locale)));
	}

	/** A wrong owner key in a header: also a miss of the key-guessing limit. */
	@ExceptionHandler(ForbiddenException.class)
	ResponseEntity<ProblemDetail> forbidden(ForbiddenException ex, HttpServletRequest request, Locale locale) {
		KeyMisses.count(request);
		return respond(ApiProblem.of(HttpStatus.FORBIDDEN, msg(ex.messageKey(), locale)));
	}

	@ExceptionHandler(InvalidRequestException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidRequestException ex, Locale locale) {
		return respond(ApiProblem.invalid(msg("problem.invalid", locale), ex.errors()));
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, ConflictException.class })
	ResponseEntity<ProblemDetail> conflict(Locale locale) {
		return respond(ApiProblem.of(HttpStatus.CONFLICT, msg("problem.conflict", locale)));
	}

	@ExceptionHandler(TransientDataAccessException.class)
	ResponseEntity<ProblemDetail> unavailable(TransientDataAccessException ex, Locale locale) {
		return databaseUnavailable(ex, locale);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex, Locale locale) {
		ApiProblem.FieldError error = new ApiProblem.FieldError(ex.getHeaderName(), "required",
				msg("problem.headerRequired", locale));
		return respond(ApiProblem.invalid(msg("problem.invalid", locale), List.of(error)));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = request.getLocale();
		for (Throwable c = ex; c != null; c = c.getCause()) {
			if (c instanceof RequestSizeLimit.TooLarge) {
				return problemResponse(ApiProblem.of(HttpStatus.CONTENT_TOO_LARGE, msg("problem.tooLarge", locale)));
			}
		}
		Throwable cause = ex.getCause();
		ApiProblem.FieldError error;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			error = new ApiProblem.FieldError(path(unknown), "unknownField", msg("problem.unknownField", locale));
		}
		else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			error = new ApiProblem.FieldError(path(mismatch), "wrongType", msg("problem.wrongType", locale));
		}
		else if (outOfRangeField(cause) != null) {
			error = new ApiProblem.FieldError(outOfRangeField(cause), "wrongType", msg("problem.wrongType", locale));
		}
		else if (cause instanceof JacksonException) {
			error = new ApiProblem.FieldError("body", "malformedJson", msg("problem.malformedJson", locale));
		}
		else {
			error = new ApiProblem.FieldError("body", "unreadable", msg("problem.unreadable", locale));
		}
		return problemResponse(ApiProblem.invalid(msg("problem.invalid", locale), List.of(error)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			problem.setType(java.net.URI.create("about:blank"));
			problem.setInstance(ApiProblem.instance());
		}
		return response;
	}

	/**
	 * Parameters the container could not read (bytes that are not UTF-8 in the query, a
	 * form body over its limit): the client's fault, with the container's status.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ProblemDetail> unreadableParameters(InvalidParameterException ex, Locale locale) {
		HttpStatus status = HttpStatus.resolve(ex.getErrorCode());
		if (status == null || !status.is4xxClientError()) {
			status = HttpStatus.BAD_REQUEST;
		}
		String detail = (status == HttpStatus.CONTENT_TOO_LARGE) ? "problem.tooLarge" : "problem.badRequest";
		return respond(ApiProblem.of(status, msg(detail, locale)));
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<ProblemDetail> unexpected(RuntimeException ex, Locale locale) {
		if (DatabaseUnavailable.isCause(ex)) {
			return databaseUnavailable(ex, locale);
		}
		log.error("Unexpected failure of an API call", ex);
		return respond(ApiProblem.of(HttpStatus.INTERNAL_SERVER_ERROR, msg("problem.serverError", locale)));
	}

	/**
	 * No database connection (pool timeout, lost connection, server restarting): 503 with
	 * Retry-After, so clients retry instead of giving up.
	 */
	private ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException ex, Locale locale) {
		log.warn("Database unavailable: {}", ex.getClass().getSimpleName());
		ProblemDetail problem = ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, msg("problem.unavailable", locale));
		problem.setInstance(ApiProblem.instance());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * The field whose number the parser could not hold (too large, too long), from where
	 * the parser stood; null for other failures.
	 */
	private static String outOfRangeField(Throwable cause) {
		if (!(cause instanceof InputCoercionException || cause instanceof StreamConstraintsException)) {
			return null;
		}
		JacksonException failure = (JacksonException) cause;
		if (!failure.getPath().isEmpty()) {
			return path(failure);
		}
		if (!(failure.processor() instanceof JsonParser parser)) {
			return null;
		}
		try {
			JsonPointer pointer = parser.streamReadContext().pathAsPointer();
			String path = pointer.toString();
			if (path.isEmpty() || path.chars().filter((c) -> c == '/').count() > 10) {
				return null;
			}
			return path.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

	private ResponseEntity<Object> problemResponse(ProblemDetail problem) {
		problem.setInstance(ApiProblem.instance());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		problem.setInstance(ApiProblem.instance());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
