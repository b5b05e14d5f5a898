package io.archfit.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A valid CSRF token for a MockMvc request, sent as a browser sends it: the token in the
 * {@value #COOKIE} cookie and its masked form in the {@value #PARAMETER} form field. Use
 * it instead of Spring Security's {@code csrf()} post-processor, which swaps the
 * application's cookie-based token store for one in the HTTP session for the rest of the
 * application context's life: with a context shared by many test classes (see
 * {@link AppTest}), every later request, over real HTTP too, would then open a session.
 */
public final class CsrfCookie {

	static final String COOKIE = "XSRF-TOKEN";

	static final String PARAMETER = "_csrf";

	private CsrfCookie() {
	}

	/** Adds a fresh token's cookie and form field to the request. */
	public static RequestPostProcessor csrf() {
		return (request) -> {
			String token = UUID.randomUUID().toString();
			List<Cookie> cookies = new ArrayList<>(
					(request.getCookies() != null) ? Arrays.asList(request.getCookies()) : List.of());
			cookies.add(new Cookie(COOKIE, token));
			request.setCookies(cookies.toArray(Cookie[]::new));
			request.setParameter(PARAMETER, masked(token));
			return request;
		};
	}

	/** The token as a page's form carries it: masked anew for each response. */
	private static String masked(String token) {
		MockHttpServletRequest page = new MockHttpServletRequest();
		new XorCsrfTokenRequestAttributeHandler().handle(page, new MockHttpServletResponse(),
				() -> new DefaultCsrfToken("X-XSRF-TOKEN", PARAMETER, token));
		return ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
