package io.archfit.system;

import io.archfit.support.OnPostgres;

/**
 * The same limits on PostgreSQL, where their buckets are rows of the database.
 */
@OnPostgres
class PostgresRateLimitsTests extends RateLimitsTests {

}
