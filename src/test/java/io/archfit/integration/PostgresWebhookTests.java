package io.archfit.integration;

import io.archfit.support.OnPostgres;

/** {@link WebhookTests} on PostgreSQL. */
@OnPostgres
class PostgresWebhookTests extends WebhookTests {

}
