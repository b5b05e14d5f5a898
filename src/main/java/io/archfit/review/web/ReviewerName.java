package io.archfit.review.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.archfit.review.ReviewInput;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The display name a reviewer last used, remembered in this browser (a cookie, never on
 * the server) so the comment and vote forms come prefilled.
 */
final class ReviewerName {

	static final String COOKIE = "archfit_name";

	private ReviewerName() {
	}

	static String read(HttpServletRequest request) {
		Cookie[] cookies = (request != null) ? request.getCookies() : null;
		if (cookies == null) {
			return "";
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
				try {
					String name = URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
					ReviewInput input = new ReviewInput();
					name = input.name("name", name);
					return input.problems().isEmpty() ? name : "";
				}
				catch (IllegalArgumentException ex) {
					return "";
				}
			}
		}
		return "";
	}

	/** The name remembered by the browser of the request being served, if any. */
	static String current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return read(attributes.getRequest());
		}
		return "";
	}

	/** A request parameter of the request being served, if any. */
	static String parameter(String name) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getParameter(name);
		}
		return null;
	}

	static void remember(HttpServletRequest request, HttpServletResponse response, String name) {
		ResponseCookie cookie = ResponseCookie.from(COOKIE, URLEncoder.encode(name, StandardCharsets.UTF_8))
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(Duration.ofDays(365))
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
