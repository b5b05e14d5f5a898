package io.archfit.system;

import io.archfit.support.OnPostgres;

/**
 * The hostile input corpus against PostgreSQL, which refuses some text H2 stores (NUL
 * characters): every field must still answer 4xx, never 5xx.
 */
@OnPostgres
class PostgresHostileInputTests extends HostileInputTests {

}
