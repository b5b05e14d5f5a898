package io.archfit.assessment.web;

import io.archfit.support.OnPostgres;

/**
 * Every test of {@link WizardAndReportTests} against PostgreSQL.
 */
@OnPostgres
class PostgresWizardAndReportTests extends WizardAndReportTests {

}
