package io.archfit.evidence;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.support.TeamCatalogueFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A built-in catalogue's track record at each confidence level is what the calibration
 * report measures on the whole corpus; a team's catalogue has none.
 */
class TrackRecordTests {

	private static final Catalogues BUILT_IN = Catalogues.loadBuiltIn();

	private final Evidence evidence = new Evidence();

	@Test
	void everyBuiltInVersionsRecordIsTheCalibrationReportsByLevel() {
		for (String version : BUILT_IN.versions()) {
			Catalogue catalogue = BUILT_IN.version(version).orElseThrow();
			CalibrationReport report = new CalibrationReport(catalogue, this.evidence.corpus());
			int cases = 0;
			for (ConfidenceLevel level : ConfidenceLevel.values()) {
				CalibrationReport.Count count = report.level(level);
				var record = this.evidence.trackRecord(catalogue, level);
				if (count.cases() == 0) {
					assertThat(record).as("%s %s", version, level).isEmpty();
					continue;
				}
				assertThat(record).as("%s %s", version, level)
					.contains(new TrackRecord(count.cases(), count.right(), this.evidence.corpus().cases().size()));
				cases += record.orElseThrow().cases();
			}
			assertThat(cases).as("every case has one level").isEqualTo(this.evidence.corpus().cases().size());
		}
	}

	@Test
	void aTeamsCatalogueHasNoRecord() {
		Catalogue team = TeamCatalogueFixture.load(TeamCatalogueFixture.withTeamRules().put("id", "team-ops"));
		assertThat(team.id()).isNotEqualTo(Catalogue.BUILT_IN);
		for (ConfidenceLevel level : ConfidenceLevel.values()) {
			assertThat(this.evidence.trackRecord(team, level)).isEmpty();
		}
	}

	@Test
	void thePercentIsRounded() {
		assertThat(new TrackRecord(15, 14, 95).percent()).isEqualTo(93);
		assertThat(new TrackRecord(37, 26, 95).percent()).isEqualTo(70);
		assertThat(new TrackRecord(8, 8, 95).percent()).isEqualTo(100);
	}

}
