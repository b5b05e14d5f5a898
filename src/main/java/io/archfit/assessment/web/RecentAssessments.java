package io.archfit.assessment.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.archfit.system.AccessKeys;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The assessments this browser created, remembered by their owner keys in an HTTP-only
 * cookie (nothing is kept on the server per browser). Newest first, at most
 * {@value #LIMIT}.
 */
@Component
class RecentAssessments {

	static final String COOKIE = "archfit_recent";

	static final int LIMIT = 20;

	List<String> ownerKeys(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return List.of();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> COOKIE.equals(cookie.getName()))
			.findFirst()
			.map((cookie) -> Arrays.stream(cookie.getValue().split("\\.")).filter(AccessKeys::isWellFormed).toList())
			.orElse(List.of());
	}

	void remember(HttpServletRequest request, HttpServletResponse response, String ownerKey) {
		Set<String> keys = new LinkedHashSet<>();
		keys.add(ownerKey);
		keys.addAll(ownerKeys(request));
		write(request, response, new ArrayList<>(keys));
	}

	void replace(HttpServletRequest request, HttpServletResponse response, String oldKey, String newKey) {
		List<String> keys = new ArrayList<>(ownerKeys(request));
		keys.replaceAll((key) -> key.equals(oldKey) ? newKey : key);
		if (!keys.contains(newKey)) {
			keys.add(0, newKey);
		}
		write(request, response, keys);
	}

	void forget(HttpServletRequest request, HttpServletResponse response, String ownerKey) {
		List<String> keys = new ArrayList<>(ownerKeys(request));
		keys.remove(ownerKey);
		write(request, response, keys);
	}

	private void write(HttpServletRequest request, HttpServletResponse response, List<String> keys) {
		List<String> kept = keys.subList(0, Math.min(LIMIT, keys.size()));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, String.join(".", kept))
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(kept.isEmpty() ? Duration.ZERO : Duration.ofDays(400))
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

}
