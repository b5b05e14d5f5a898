package io.archfit.assessment.web;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.support.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions in the browser: the list on the report under both links, the report at a
 * revision (read-only, labelled), two revisions compared, and re-scoring with the current
 * catalogue.
 */
@AppTest
class RevisionPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "v1", "v2" })
	void anAssessmentScoredWithAnEarlierVersionKeepsItsScoresAndRescoringShowsWhatTheCurrentChanges(String version)
			throws Exception {
		Answers answers = Answers
			.of(Map.of("domainSize", "small", "teamCount", "one", "engineers", "4", "trafficPattern", "daily-cycle",
					"timeToMarket", "under-3-months", "devopsMaturity", "low", "budgetModel", "predictable"));
		Assessments.Owned owned = this.assessments.create("Scored with " + version, null, answers, List.of());
		String viewKey = owned.assessment().viewKey();
		this.jdbc.update("update assessment set catalogue_version = ? where view_key = ?", version, viewKey);
		this.jdbc.update("update assessment_revision set catalogue_version = ? where assessment_id = ?", version,
				owned.assessment().id());
		Catalogues catalogues = Catalogues.loadBuiltIn();
		String current = catalogues.current().version();
		Evaluation saved = new Evaluator(catalogues.version(version).orElseThrow()).evaluate(answers);
		Evaluation now = new Evaluator(catalogues.current()).evaluate(answers);
		assertThat(now.ranking()).as("the answers score differently under %s", current).isNotEqualTo(saved.ranking());
		Evaluation shown = this.assessments.evaluationOf(this.assessments.byViewKey(viewKey));
		assertThat(shown.catalogueVersion()).isEqualTo(version);
		assertThat(shown.ranking()).isEqualTo(saved.ranking());
		assertThat(shown.criteria()).isEqualTo(saved.criteria());
		String report = html("/a/" + viewKey);
		for (var ranked : saved.ranking()) {
			assertThat(report).contains(">" + Math.round(ranked.score()) + "<");
		}
		String rescore = html("/a/" + viewKey + "/rescore");
		assertThat(rescore).contains("scored with catalogue " + version + "; the current catalogue is " + current,
				"Why the scores moved");
		if (version.equals("v2")) {
			// v3 kept the rule and changed its effects (and later versions kept that):
			// the page
			// says by how much.
			assertThat(rescore).contains("Reasons whose effect catalogue " + current + " changed", "reasons-changed",
					"Per-call bills rise and fall with traffic", "Serverless (FaaS) \u22121 \u2192 \u22122",
					"Hybrid 0 \u2192 \u22121");
		}
		else {
			assertThat(rescore).contains("Reasons catalogue " + current + " gives");
		}
		// The questions the current catalogue asks and the saved one did not are listed.
		assertThat(rescore).contains("Questions catalogue " + current + " adds", "How does the work divide by load?");
		if (version.equals("v1")) {
			assertThat(rescore).contains("What runs today?");
		}
		else {
			assertThat(rescore).doesNotContain("What runs today?");
		}
	}

	@Test
	void rescoringWithACatalogueThatOnlyAddsAQuestionSaysSoAndNamesTheQuestion() throws Exception {
		Answers answers = Answers.of(Map.of("domainSize", "small", "teamCount", "one", "trafficPattern", "spiky"));
		Assessments.Owned owned = this.assessments.create("Scored with v3", null, answers, List.of());
		String viewKey = owned.assessment().viewKey();
		this.jdbc.update("update assessment set catalogue_version = 'v3' where view_key = ?", viewKey);
		this.jdbc.update("update assessment_revision set catalogue_version = 'v3' where assessment_id = ?",
				owned.assessment().id());
		String current = Catalogues.loadBuiltIn().current().version();
		String rescore = html("/a/" + viewKey + "/rescore");
		assertThat(rescore).contains("Catalogue " + current + " scores these answers exactly as before.",
				"Questions catalogue " + current + " adds", "How does the work divide by load?",
				"the owner can answer them");
		assertThat(html("/a/" + viewKey)).doesNotContain("Questions catalogue");
	}

	@Test
	void theReportListsEveryRevisionUnderBothLinks() throws Exception {
		Assessments.Owned owned = twoRevisions();
		String viewKey = owned.assessment().viewKey();
		for (String uri : List.of("/a/" + viewKey, "/o/" + owned.ownerKey())) {
			String html = html(uri);
			assertThat(html).contains("revisions-heading", "/a/" + viewKey + "/revisions/1",
					"/a/" + viewKey + "/revisions/2", "/a/" + viewKey + "/revisions/compare",
					"/a/" + viewKey + "/rescore");
		}
	}

	@Test
	void anEarlierRevisionIsShownReadOnlyAndLabelled() throws Exception {
		Assessments.Owned owned = twoRevisions();
		String html = html("/a/" + owned.assessment().viewKey() + "/revisions/1");
		String head = html.substring(0, html.indexOf("</head>"));
		assertThat(head.split("<title", -1)).as("one title in the head, not the chart's").hasSize(2);
		assertThat(html).contains("Revision 1 of 2", "Open the current report", "ranking-title")
			.doesNotContain("Owner link", "rotate-view", "revisions-heading", owned.ownerKey());
		assertThat(this.mvc.get().uri("/a/" + owned.assessment().viewKey() + "/revisions/3").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/a/" + owned.assessment().viewKey() + "/revisions/one").exchange())
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/a/" + "F".repeat(32) + "/revisions/1").exchange()).hasStatus(404);
	}

	@Test
	void comparingTwoRevisionsShowsTheChangedAnswersAndHowScoresMoved() throws Exception {
		Assessments.Owned owned = twoRevisions();
		String html = html("/a/" + owned.assessment().viewKey() + "/revisions/compare?from=1&to=2");
		assertThat(html).contains("Revision 1 and revision 2", "Answers that changed", "answer-changes", "score-moves",
				"Added: ");
		assertThat(html).contains("How large and complex is the business domain?")
			.contains("Small")
			.contains("Large")
			.doesNotContain("??");
		assertThat(html).doesNotContain("trait.engineers.label");
		String same = html("/a/" + owned.assessment().viewKey() + "/revisions/compare?from=2&to=2");
		assertThat(same).contains("No answer changed.");
		assertThat(this.mvc.get().uri("/a/" + owned.assessment().viewKey() + "/revisions/compare?from=1").exchange())
			.hasStatus(400);
		assertThat(
				this.mvc.get().uri("/a/" + owned.assessment().viewKey() + "/revisions/compare?from=x&to=2").exchange())
			.hasStatus(400);
		assertThat(
				this.mvc.get().uri("/a/" + owned.assessment().viewKey() + "/revisions/compare?from=1&to=7").exchange())
			.hasStatus(404);
	}

	@Test
	void rescoringWithTheCurrentCatalogueShowsNoChangeWhileOnlyOneExists() throws Exception {
		Assessments.Owned owned = twoRevisions();
		String html = html("/a/" + owned.assessment().viewKey() + "/rescore");
		assertThat(html).contains("Re-score with the current catalogue", "No change.", "score-moves",
				"already scored with the current catalogue");
		Assessments.Owned draft = this.assessments.startDraft("Draft", Answers.of(Map.of("domainSize", "small")));
		assertThat(this.mvc.get().uri("/a/" + draft.assessment().viewKey() + "/rescore").exchange()).hasStatus(404);
	}

	private Assessments.Owned twoRevisions() {
		Assessments.Owned owned = this.assessments.create("Orders", null,
				Answers.of(Map.of("domainSize", "small", "engineers", "5")), List.of());
		Assessment revised = this.assessments.revise(owned.ownerKey(), owned.assessment().version(),
				Answers.of(Map.of("domainSize", "large", "engineers", "5")), List.of("cost"));
		assertThat(revised.revision()).isEqualTo(2);
		return owned;
	}

	private String html(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

}
