package io.archfit.system;

import io.archfit.support.OnPostgres;

/**
 * The hostile input corpus against PostgreSQL, which refuses some text H2 stores (NUL
 * characters): every field must still answer 4xx, never 5xx. What is refused before a
 * value reaches the database (malformed bodies, wrong JSON types, missing tokens) is the
 * same on both and checked on H2 only.
 */
@OnPostgres
class PostgresHostileInputTests extends HostileInputTests {

	@Override
	protected boolean checksRequestParsing() {
		return false;
	}

}
