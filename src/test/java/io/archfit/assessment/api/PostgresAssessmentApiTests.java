package io.archfit.assessment.api;

import io.archfit.support.OnPostgres;

/**
 * Every test of {@link AssessmentApiTests}, over real HTTP, against PostgreSQL.
 */
@OnPostgres
class PostgresAssessmentApiTests extends AssessmentApiTests {

}
