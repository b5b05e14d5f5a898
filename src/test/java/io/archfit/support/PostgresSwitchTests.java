package io.archfit.support;

import java.util.Map;

import io.archfit.support.Postgres.Decision;
import io.archfit.support.Postgres.Settings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the PostgreSQL suite runs, skips or fails, and where it puts its data.
 */
class PostgresSwitchTests {

	@Test
	void runsWhenTheUrlIsSetSkipsWithoutItAndFailsWithoutItInCi() {
		assertThat(Decision.of(Map.of(Postgres.URL, "jdbc:postgresql://db/x"))).isEqualTo(Decision.RUN);
		assertThat(Decision.of(Map.of(Postgres.URL, "jdbc:postgresql://db/x", "CI", "true"))).isEqualTo(Decision.RUN);
		assertThat(Decision.of(Map.of())).isEqualTo(Decision.SKIP);
		assertThat(Decision.of(Map.of(Postgres.URL, " "))).isEqualTo(Decision.SKIP);
		assertThat(Decision.of(Map.of("CI", "false"))).isEqualTo(Decision.SKIP);
		assertThat(Decision.of(Map.of("CI", "true"))).isEqualTo(Decision.FAIL);
	}

	@Test
	void theSchemaIsAddedToTheUrlAndTheCredentialsAreTaken() {
		Settings plain = Settings.from(Map.of(Postgres.URL, "jdbc:postgresql://db:5432/x", Postgres.USER, "u"))
			.orElseThrow();
		assertThat(plain.urlWithSchema("s1")).isEqualTo("jdbc:postgresql://db:5432/x?currentSchema=s1");
		assertThat(plain.user()).isEqualTo("u");
		assertThat(plain.password()).isEmpty();
		Settings withQuery = Settings
			.from(Map.of(Postgres.URL, "jdbc:postgresql://db/x?ssl=false", Postgres.PASSWORD, "p"))
			.orElseThrow();
		assertThat(withQuery.urlWithSchema("s2")).isEqualTo("jdbc:postgresql://db/x?ssl=false&currentSchema=s2");
		assertThat(withQuery.password()).isEqualTo("p");
	}

	@Test
	void schemaNamesAreFreshAndSafeAsIdentifiers() {
		String first = Postgres.newSchemaName();
		assertThat(first).matches("archfit_test_[0-9a-f]{12}");
		assertThat(Postgres.newSchemaName()).isNotEqualTo(first);
	}

}
