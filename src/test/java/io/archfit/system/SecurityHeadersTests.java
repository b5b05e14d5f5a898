package io.archfit.system;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and error responses over real HTTP: every response carries the security
 * headers, capability links are neither indexed nor cached, errors never show internals,
 * and the endpoints that must not exist do not.
 * <p>
 * Own context and database (not {@code @AppTest}): it trusts forwarded headers
 * ({@code server.forward-headers-strategy=native}) to see what is sent over HTTPS.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:headers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"server.forward-headers-strategy=native" })
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/", "/assessments/new", "/catalogue", "/no-such-page", "/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
					"/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/css/archfit.css" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		Http.Response response = this.http.get(path);
		String csp = response.header("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "object-src 'none'", "base-uri 'none'",
				"frame-ancestors 'none'");
		assertThat(csp).doesNotContain("unsafe-inline");
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Server")).isNull();
		assertThat(response.header("X-Request-Id")).isNotBlank();
	}

	@Test
	void capabilityLinksAreNeitherIndexedNorCached() {
		Http.Response response = this.http.get("/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(response.header("X-Robots-Tag")).contains("noindex");
		assertThat(response.header("Cache-Control")).contains("no-store");
	}

	@Test
	void htmlPagesDeclareTheirCharset() {
		assertThat(this.http.get("/").contentType()).isEqualToIgnoringCase("text/html;charset=UTF-8");
	}

	@Test
	void errorPagesShowNoInternals() {
		Http.Response page = this.http.get("/no-such-page");
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("Not found").doesNotContain("Exception", "at io.", "at org.", "Whitelabel");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/actuator/env", "/actuator/heapdump", "/actuator/beans" })
	void internalEndpointsDoNotExist(String path) {
		assertThat(this.http.get(path).status()).isEqualTo(404);
	}

	@Test
	void healthIsUp() {
		assertThat(this.http.get("/actuator/health").body()).contains("UP");
		assertThat(this.http.get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	@Test
	void traceIsRefused() {
		Http.Response response = this.http.send(HttpRequest.newBuilder(this.http.uri("/"))
			.method("TRACE", HttpRequest.BodyPublishers.noBody())
			.build());
		assertThat(response.status()).isEqualTo(405);
	}

	@Test
	void wrongMethodOnAnApiRouteIsAProblem() {
		Http.Response response = this.http.sendJson("DELETE", "/api/v1/evaluations", "{}", Map.of());
		assertThat(response.status()).isEqualTo(405);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void behindAnHttpsProxyBrowsersAreToldToStayOnHttpsAndEveryCookieIsSecure() {
		Http.Response overHttps = this.http
			.send(HttpRequest.newBuilder(this.http.uri("/?lang=de")).header("X-Forwarded-Proto", "https").build());
		assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=");
		List<String> cookies = overHttps.raw().headers().allValues("Set-Cookie");
		assertThat(cookies).extracting((cookie) -> cookie.substring(0, cookie.indexOf('=')))
			.contains("XSRF-TOKEN", "archfit-lang");
		assertThat(cookies).allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));

		Http.Response overHttp = this.http.get("/?lang=de");
		assertThat(overHttp.header("Strict-Transport-Security")).isNull();
		assertThat(overHttp.raw().headers().allValues("Set-Cookie"))
			.noneSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	void keysAreMaskedInTheRequestLog() {
		assertThat(RequestLog.mask("/o/yagzSwFevuct5250q1Rxqq7PWmsu-gMy/wizard/2")).isEqualTo("/o/***/wizard/2");
	}

}
