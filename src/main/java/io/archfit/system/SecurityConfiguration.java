package io.archfit.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Access is by capability link, not by account: every route is open to whoever holds its
 * link, and the controllers check the keys. This configuration keeps the web tier
 * stateless (CSRF token in a cookie, never an HTTP session) and sets the security headers
 * on every response.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Pages and resources reached through a capability link: never indexed, never cached.
	 */
	static final RequestMatcher CAPABILITY_PAGES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/a/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/o/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/w/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/wo/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/compare/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/api/**"));

	/**
	 * Writes the CSRF cookie before the page is rendered: a long page is flushed to the
	 * client before its first form asks for the token, and a cookie can no longer be
	 * added then.
	 */
	static final class EagerCsrfCookie extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || StaticResources.isResource(path);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers("/api/**", "/actuator/**"))
			.requestCache((cache) -> cache.disable())
			.securityContext((context) -> context.disable())
			.anonymous((anonymous) -> anonymous.disable())
			.httpBasic((basic) -> basic.disable())
			.formLogin((form) -> form.disable())
			.logout((logout) -> logout.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions((frame) -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), interest-cohort=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(CAPABILITY_PAGES,
						new StaticHeadersWriter("X-Robots-Tag", "noindex, nofollow"))));
		http.addFilterAfter(new EagerCsrfCookie(), CsrfFilter.class);
		return http.build();
	}

}
