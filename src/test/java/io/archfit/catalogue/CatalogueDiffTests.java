package io.archfit.catalogue;

import java.util.List;

import io.archfit.support.TeamCatalogueFixture;
import tools.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a catalogue changes against another, element by element. */
class CatalogueDiffTests {

	@Test
	void aCatalogueChangesNothingAgainstItself() {
		Catalogue current = Catalogues.loadBuiltIn().current();
		assertThat(CatalogueDiff.between(current, current)).isEmpty();
	}

	@Test
	void aTeamsAdditionsAndWeightsAreListedInCatalogueOrder() {
		Catalogue builtIn = Catalogues.loadBuiltIn().current();
		Catalogue team = TeamCatalogueFixture.load(TeamCatalogueFixture
			.withWeights(TeamCatalogueFixture.withTeamRules(), TeamCatalogueFixture.workloadFirst()));
		List<CatalogueDiff.Change> changes = CatalogueDiff.between(builtIn, team);
		assertThat(changes).contains(new CatalogueDiff.Change("group", "changed", "workload", "0.35", "0.70"),
				new CatalogueDiff.Change("question", "added", TeamCatalogueFixture.QUESTION, null, "none, some"),
				new CatalogueDiff.Change("rule", "added", TeamCatalogueFixture.RULE, null, null),
				new CatalogueDiff.Change("knockout", "added", TeamCatalogueFixture.KNOCK_OUT, null, "serverless"),
				new CatalogueDiff.Change("reference", "added", "team-policy", null, null));
		assertThat(changes).extracting(CatalogueDiff.Change::element)
			.containsExactly("group", "group", "group", "group", "question", "rule", "knockout", "reference");
		assertThat(CatalogueDiff.between(team, builtIn)).extracting(CatalogueDiff.Change::kind)
			.contains("removed", "changed");
	}

	@Test
	void derivedFiguresAndScoringSettingsAreListedToo() {
		Catalogue builtIn = Catalogues.loadBuiltIn().current();
		ObjectNode doc = TeamCatalogueFixture.builtIn();
		ObjectNode quantity = (ObjectNode) doc.get("quantities").get(0);
		((ObjectNode) quantity.get("terms").get(1).get("values")).put("few", 3.0);
		doc.remove("spillover");
		((ObjectNode) doc.get("pricing")).put("date", "2027-01-01");
		List<CatalogueDiff.Change> changes = CatalogueDiff.between(builtIn, TeamCatalogueFixture.load(doc));
		assertThat(changes).containsExactly(
				new CatalogueDiff.Change("quantity", "changed", quantity.get("id").asString(), null, null),
				new CatalogueDiff.Change("setting", "removed", "spillover", null, null),
				new CatalogueDiff.Change("setting", "changed", "pricing", null, null));
	}

}
