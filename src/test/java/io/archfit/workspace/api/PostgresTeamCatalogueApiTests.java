package io.archfit.workspace.api;

import io.archfit.support.OnPostgres;

/**
 * Every test of {@link TeamCatalogueApiTests}, over real HTTP, against PostgreSQL (the
 * team catalogue tables and the catalogue id of assessments included).
 */
@OnPostgres
class PostgresTeamCatalogueApiTests extends TeamCatalogueApiTests {

}
