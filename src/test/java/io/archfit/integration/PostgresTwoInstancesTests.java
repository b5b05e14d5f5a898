package io.archfit.integration;

import io.archfit.support.OnPostgres;

/**
 * {@link TwoInstancesTests} on PostgreSQL: two instances in one schema, claiming
 * deliveries from one table.
 */
@OnPostgres
class PostgresTwoInstancesTests extends TwoInstancesTests {

}
