package io.archfit.system;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The languages of the pages: English and German. A visitor picks one with
 * {@code ?lang=de} (the links in the page head); the choice is kept in a cookie, never in
 * an HTTP session. Without a choice the browser's preferred languages decide, and English
 * is the fallback for every other language.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	static final String COOKIE = "archfit-lang";

	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver() {
		return new SupportedOnly(cookies(false), cookies(true));
	}

	private static CookieLocaleResolver cookies(boolean secure) {
		CookieLocaleResolver cookies = new CookieLocaleResolver(COOKIE);
		cookies.setCookieMaxAge(Duration.ofDays(365));
		cookies.setCookieSameSite("Lax");
		cookies.setCookieHttpOnly(true);
		cookies.setCookieSecure(secure);
		cookies.setDefaultLocaleFunction(Languages::preferred);
		return cookies;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new QueryOnly();
		change.setParamName(PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/**
	 * Takes the language from the query of GET and HEAD requests only, never on an error
	 * page. Reading the parameter of any other request would make the container parse its
	 * form body: for an oversized or malformed body that fails, also on the error page
	 * that reports it (which the container shows as a GET of the failed request).
	 */
	static final class QueryOnly extends LocaleChangeInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws ServletException {
			String method = request.getMethod();
			if (request.getDispatcherType() != DispatcherType.REQUEST
					|| !("GET".equals(method) || "HEAD".equals(method))) {
				return true;
			}
			return super.preHandle(request, response, handler);
		}

	}

	/**
	 * The first supported language the browser asks for; English when it asks for none.
	 */
	static Locale preferred(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			Locale supported = supported(wanted);
			if (supported != null) {
				return supported;
			}
		}
		return Locale.ENGLISH;
	}

	/** The supported language of the same language as {@code locale}, or null. */
	static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Keeps the cookie and the resolved locale to the supported languages: a cookie or a
	 * parameter naming another language falls back to the browser's preference. The
	 * cookie is {@code Secure} when the request came over HTTPS, like every other cookie
	 * of the app.
	 */
	static final class SupportedOnly implements LocaleResolver {

		private final CookieLocaleResolver plain;

		private final CookieLocaleResolver secure;

		SupportedOnly(CookieLocaleResolver plain, CookieLocaleResolver secure) {
			this.plain = plain;
			this.secure = secure;
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale supported = supported(cookies(request).resolveLocale(request));
			return (supported != null) ? supported : preferred(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			cookies(request).setLocale(request, response, supported(locale));
		}

		private CookieLocaleResolver cookies(HttpServletRequest request) {
			return request.isSecure() ? this.secure : this.plain;
		}

	}

}
