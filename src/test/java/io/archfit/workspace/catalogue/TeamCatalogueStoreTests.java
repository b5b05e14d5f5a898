package io.archfit.workspace.catalogue;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueException;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluation;
import io.archfit.support.AppTest;
import io.archfit.support.TeamCatalogueFixture;
import io.archfit.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Published team catalogue versions on the database: numbered per workspace, found by id
 * and version, used by the workspace's new assessments, while assessments scored earlier
 * keep their version and read the same.
 */
@AppTest
class TeamCatalogueStoreTests {

	static final Map<String, String> ANSWERS = Map.of("domainSize", "small", "teamCount", "one", "trafficPattern",
			"spiky", TeamCatalogueFixture.QUESTION, "some");

	@Autowired
	TeamCatalogues catalogues;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Assessments assessments;

	@Autowired
	Engine engine;

	@Test
	void versionsAreNumberedPerWorkspaceAndFoundByIdAndVersion() {
		long workspace = this.workspaces.create("Payments").workspace().id();
		long other = this.workspaces.create("Search").workspace().id();
		assertThat(this.catalogues.latest(workspace)).isEmpty();
		assertThat(this.catalogues.inUse(workspace).id()).isEqualTo(Catalogue.BUILT_IN);

		Catalogue first = this.catalogues.publish(workspace, json(TeamCatalogueFixture.withTeamRules()));
		Catalogue second = this.catalogues.publish(workspace, json(TeamCatalogueFixture.withTeamRules()));
		Catalogue elsewhere = this.catalogues.publish(other, json(TeamCatalogueFixture.builtIn()));

		assertThat(first.id()).isEqualTo("team-" + workspace).isNotEqualTo(elsewhere.id());
		assertThat(List.of(first.version(), second.version(), elsewhere.version())).containsExactly("1", "2", "1");
		assertThat(this.catalogues.versions(workspace)).extracting(PublishedVersion::number).containsExactly(1, 2);
		assertThat(this.catalogues.latest(workspace)).map(Catalogue::version).contains("2");

		Catalogue found = this.catalogues.find(first.id(), "1").orElseThrow();
		assertThat(found.knockOuts()).isEqualTo(first.knockOuts());
		assertThat(found.trait(TeamCatalogueFixture.QUESTION)).isPresent();
		assertThat(found.texts().text("knockout." + TeamCatalogueFixture.KNOCK_OUT, java.util.Locale.ENGLISH))
			.isEqualTo(TeamCatalogueFixture.KNOCK_OUT_REASON);
		assertThat(found.texts().text("rule.devopsMaturity-high", java.util.Locale.ENGLISH))
			.as("a text the built-in version changed comes along")
			.startsWith("Automated delivery");
		assertThat(this.catalogues.find(first.id(), "3")).isEmpty();
		assertThat(this.catalogues.find(first.id(), "x")).isEmpty();
		assertThat(this.catalogues.find(Catalogue.BUILT_IN, "1")).isEmpty();
		assertThat(this.catalogues.find("team-" + Long.MAX_VALUE, "1")).isEmpty();
	}

	@Test
	void anInvalidDocumentIsRefusedAndNothingIsPublished() {
		long workspace = this.workspaces.create("Broken").workspace().id();
		ObjectNode doc = TeamCatalogueFixture.withTeamRules();
		((ObjectNode) doc.get("texts").get("de")).remove("knockout." + TeamCatalogueFixture.KNOCK_OUT);
		assertThatExceptionOfType(CatalogueException.class)
			.isThrownBy(() -> this.catalogues.publish(workspace, json(doc)))
			.satisfies((ex) -> assertThat(ex.details()).extracting("path")
				.containsExactly("$.texts.de.knockout." + TeamCatalogueFixture.KNOCK_OUT));
		assertThat(this.catalogues.versions(workspace)).isEmpty();
	}

	@Test
	void newAssessmentsUseTheLatestVersionAndOldOnesKeepTheirs() {
		long workspace = this.workspaces.create("Checkout").workspace().id();
		Assessment before = this.assessments
			.create("Before", null, Answers.of(Map.of("domainSize", "small")), List.of(), null, workspace)
			.assessment();
		assertThat(before.catalogueId()).isEqualTo(Catalogue.BUILT_IN);

		this.catalogues.publish(workspace, json(TeamCatalogueFixture.withTeamRules()));
		Assessment first = this.assessments.create("First", null, Answers.of(ANSWERS), List.of(), null, workspace)
			.assessment();
		Evaluation firstEvaluation = this.assessments.evaluationOf(first);
		assertThat(first.catalogueId()).isEqualTo("team-" + workspace);
		assertThat(first.catalogueVersion()).isEqualTo("1");
		assertThat(firstEvaluation.ranking()).filteredOn((r) -> r.architecture().equals("serverless"))
			.singleElement()
			.satisfies((r) -> assertThat(r.viable()).isFalse());

		ObjectNode changed = TeamCatalogueFixture.withTeamRules();
		((ObjectNode) changed.get("knockOuts").get(changed.get("knockOuts").size() - 1)).put("architecture", "hybrid");
		this.catalogues.publish(workspace, json(changed));
		Assessment second = this.assessments.create("Second", null, Answers.of(ANSWERS), List.of(), null, workspace)
			.assessment();
		assertThat(second.catalogueVersion()).isEqualTo("2");

		Assessment reread = this.assessments.byViewKey(first.viewKey());
		assertThat(reread.catalogueVersion()).isEqualTo("1");
		assertThat(this.assessments.evaluationOf(reread)).isEqualTo(firstEvaluation);
		assertThat(this.assessments.evaluationOf(this.assessments.byViewKey(before.viewKey())).catalogueId())
			.isEqualTo(Catalogue.BUILT_IN);
		assertThat(this.engine.catalogueOf(reread).knockOuts())
			.anyMatch((ko) -> ko.id().equals(TeamCatalogueFixture.KNOCK_OUT) && ko.architecture().equals("serverless"));
	}

	@Test
	void assessmentsOutsideWorkspacesKeepTheBuiltInCatalogue() {
		Assessment outside = this.assessments
			.create("Outside", null, Answers.of(Map.of("domainSize", "small")), List.of(), null, null)
			.assessment();
		assertThat(outside.catalogueId()).isEqualTo(Catalogue.BUILT_IN);
		assertThat(outside.catalogueVersion()).isEqualTo(this.engine.catalogue().version());
	}

	private static String json(ObjectNode doc) {
		return TeamCatalogueFixture.JSON.writeValueAsString(doc);
	}

}
