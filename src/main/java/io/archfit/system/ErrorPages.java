package io.archfit.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the container reports (unknown paths, wrong methods, oversized bodies,
 * failures): a problem document under {@code /api}, a page elsewhere. Neither ever shows
 * internals.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		int status = status(request);
		if (isApi(request) || wantsJson(request)) {
			return "forward:/error/problem";
		}
		response.setStatus(status);
		model.addAttribute("status", status);
		String kind = pageKind(status);
		Object reason = request.getAttribute(RateLimits.REASON);
		String explain = (status == 429 && reason instanceof String limit) ? "error.429." + limit + ".explain"
				: "error." + kind + ".explain";
		model.addAttribute("titleKey", "error." + kind + ".title");
		model.addAttribute("explainKey", explain);
		return "error";
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request, Locale locale) {
		HttpStatus status = HttpStatus.resolve(status(request));
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("about:blank"));
		Object reason = request.getAttribute(RateLimits.REASON);
		String detailKey = (status.value() == 429 && reason instanceof String limit)
				? "problem.tooManyRequests." + limit : detailKey(status);
		problem.setDetail(this.messages.getMessage(detailKey, null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create("/api"));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static String detailKey(HttpStatus status) {
		return switch (status.value()) {
			case 404 -> "problem.notFound";
			case 405 -> "problem.methodNotAllowed";
			case 413 -> "problem.tooLarge";
			case 415 -> "problem.unsupportedMediaType";
			case 429 -> "problem.tooManyRequests";
			case 503 -> "problem.unavailable";
			default -> status.is5xxServerError() ? "problem.serverError" : "problem.badRequest";
		};
	}

	/** Which texts the error page shows for a status. */
	private static String pageKind(int status) {
		return switch (status) {
			case 404, 409, 429, 503 -> Integer.toString(status);
			default -> (status >= 500) ? "5xx" : "4xx";
		};
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri instanceof String path && path.startsWith(request.getContextPath() + "/api/");
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains("json") && !accept.contains("html");
	}

	private static int status(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		return (status instanceof Integer code) ? code : 500;
	}

}
