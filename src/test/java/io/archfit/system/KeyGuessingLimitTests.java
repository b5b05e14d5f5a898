package io.archfit.system;

import io.archfit.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing links is slowed down: after the allowed number of unknown keys a minute, the
 * client gets 429 with Retry-After; pages that are not capability links stay open.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:ratelimit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.key-misses-per-minute=5" })
class KeyGuessingLimitTests {

	@LocalServerPort
	int port;

	@Test
	void repeatedUnknownKeysAreAnswered429WithRetryAfter() {
		Http http = new Http(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(http.get("/a/" + AccessKeys.newKey()).status()).isEqualTo(404);
		}
		Http.Response limited = http.get("/a/" + AccessKeys.newKey());
		assertThat(limited.status()).isEqualTo(429);
		assertThat(Integer.parseInt(limited.header("Retry-After"))).isBetween(1, 60);
		Http.Response api = http.get("/api/v1/assessments/" + AccessKeys.newKey());
		assertThat(api.status()).isEqualTo(429);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(http.get("/").status()).isEqualTo(200);
	}

}
