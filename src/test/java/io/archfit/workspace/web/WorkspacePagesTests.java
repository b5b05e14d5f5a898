package io.archfit.workspace.web;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.support.AppTest;
import io.archfit.workspace.Workspaces;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace pages and the comparison page through the full web stack: creating a
 * workspace, its list under both links with search, filters, orders and pages, owner
 * actions, starting or moving assessments in, and comparing.
 */
@AppTest
class WorkspacePagesTests {

	static final Answers SMALL = Answers
		.of(Map.of("domainSize", "small", "teamCount", "one", "engineers", "4", "trafficPattern", "steady"));

	static final Answers LARGE = Answers.of(Map.of("domainSize", "large", "teamCount", "many", "engineers", "120",
			"loadDivergence", "divergent", "releaseCadence", "daily", "devopsMaturity", "high"));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Assessments assessments;

	@Test
	void creatingAWorkspaceLeadsToItsOwnerPageWithBothLinksAndTheWarning() throws Exception {
		assertThat(this.mvc.get().uri("/workspaces/new").exchange()).hasStatusOk().bodyText().contains("name=\"name\"");
		MvcTestResult created = this.mvc.post().uri("/workspaces").with(csrf()).param("name", "Platform").exchange();
		assertThat(created).hasStatus3xxRedirection();
		String owner = created.getResponse().getRedirectedUrl();
		assertThat(owner).matches("/wo/[A-Za-z0-9_-]{32}\\?done=created");
		MvcTestResult page = this.mvc.get().uri(owner).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("Platform", "The workspace was created", "Anyone who has a link has its access",
				"data-copy=\"view-link\"", "data-copy=\"owner-link\"", "/w/", "No assessments in this workspace yet",
				"New assessment in this workspace");
		String viewKey = html.replaceAll("(?s).*/w/([A-Za-z0-9_-]{32}).*", "$1");
		MvcTestResult view = this.mvc.get().uri("/w/" + viewKey).exchange();
		assertThat(view).hasStatusOk().bodyText().contains("Platform").doesNotContain("Owner link", "/wo/");
	}

	@Test
	void aMissingOrTooLongNameIsShownNextToTheField() {
		assertThat(this.mvc.post().uri("/workspaces").with(csrf()).param("name", "  ").exchange()).hasStatus(422)
			.bodyText()
			.contains("name-error", "This field is required.");
		assertThat(this.mvc.post().uri("/workspaces").with(csrf()).param("name", "x".repeat(121)).exchange())
			.hasStatus(422)
			.bodyText()
			.contains("At most 120 characters.");
		assertThat(this.mvc.post().uri("/workspaces").param("name", "No token").exchange()).hasStatus(403);
	}

	@Test
	void theListSearchesFiltersSortsAndPagesTwentyAtATime() throws Exception {
		Workspaces.Owned owned = this.workspaces.create("Many");
		long id = owned.workspace().id();
		for (int i = 1; i <= 24; i++) {
			this.assessments.create(String.format("Service %02d", i), null, SMALL, List.of(), null, id);
		}
		this.assessments.create("Large platform", null, LARGE, List.of(), null, id);
		String base = "/w/" + owned.workspace().viewKey();

		String first = html(base);
		assertThat(first).contains("1–20 of 25", "Large platform", "rel=\"next\"", "aria-current=\"page\"");
		assertThat(rows(first)).isEqualTo(20);
		String second = html(base + "?page=2");
		assertThat(second).contains("21–25 of 25", "rel=\"prev\"");
		assertThat(rows(second)).isEqualTo(5);
		MvcTestResult search = this.mvc.get().uri(base).param("q", "service 1").param("sort", "title").exchange();
		String searched = search.getResponse().getContentAsString();
		assertThat(searched).contains("1–10 of 10", "Service 10", "Service 19").doesNotContain("Large platform");
		assertThat(searched.indexOf("Service 10")).isLessThan(searched.indexOf("Service 19"));
		assertThat(html(base + "?status=accepted")).contains("No assessment matches");
		assertThat(html(base + "?recommended=monolith&q=service")).contains("of 24");
		MvcTestResult nonsense = this.mvc.get().uri(base + "?status=nonsense&sort=nonsense&page=x").exchange();
		assertThat(nonsense).hasStatus(400);
		assertThat(nonsense).bodyText()
			.contains("1–20 of 25", "filter-error-status", "filter-error-sort", "filter-error-page",
					"Sort by updated, title or score.");
		assertThat(html(base + "?page=99")).contains("There is no such page.");
	}

	@Test
	void theOwnerRenamesRotatesAndDeletesAndTheAssessmentsStay() throws Exception {
		Workspaces.Owned owned = this.workspaces.create("Before");
		Assessments.Owned inside = this.assessments.create("Kept", null, SMALL, List.of(), null,
				owned.workspace().id());
		String owner = "/wo/" + owned.ownerKey();
		MvcTestResult renamed = this.mvc.post().uri(owner + "/rename").with(csrf()).param("name", "After").exchange();
		assertThat(renamed.getResponse().getRedirectedUrl()).isEqualTo(owner + "?done=renamed");
		assertThat(html(owner + "?done=renamed")).contains("After", "The workspace was renamed")
			.doesNotContain(">Before<");
		assertThat(this.mvc.post().uri(owner + "/rename").with(csrf()).param("name", "").exchange()).hasStatus(422);

		String oldView = "/w/" + owned.workspace().viewKey();
		assertThat(this.mvc.post().uri(owner + "/rotate-view").with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(oldView).exchange()).hasStatus(404);

		MvcTestResult rotated = this.mvc.post().uri(owner + "/rotate-owner").with(csrf()).exchange();
		String newOwner = rotated.getResponse().getRedirectedUrl().replace("?done=ownerRotated", "");
		assertThat(this.mvc.get().uri(owner).exchange()).hasStatus(404);
		assertThat(html(newOwner)).contains("Kept");

		assertThat(this.mvc.get().uri(newOwner + "/delete").exchange()).hasStatusOk()
			.bodyText()
			.contains("Its assessments are not deleted");
		assertThat(this.mvc.post().uri(newOwner + "/delete").with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(newOwner).exchange()).hasStatus(404);
		Assessment kept = this.assessments.byViewKey(inside.assessment().viewKey());
		assertThat(kept.workspaceId()).isNull();
	}

	@Test
	void anAssessmentIsMovedInByPastingItsOwnerLink() throws Exception {
		Workspaces.Owned owned = this.workspaces.create("Target");
		Assessments.Owned outside = this.assessments.create("Wanderer", null, SMALL, List.of());
		String owner = "/wo/" + owned.ownerKey();
		assertThat(this.mvc.post()
			.uri(owner + "/move-in")
			.with(csrf())
			.param("link", "http://localhost:8080/o/" + outside.ownerKey())
			.exchange()).hasStatus3xxRedirection();
		assertThat(html(owner + "?done=movedIn")).contains("Wanderer", "The assessment was moved into this workspace");
		assertThat(this.mvc.post()
			.uri(owner + "/move-in")
			.with(csrf())
			.param("link", "http://localhost:8080/a/" + outside.assessment().viewKey())
			.exchange()).hasStatus(422).bodyText().contains("link-error");
		assertThat(
				this.mvc.post().uri(owner + "/move-in").with(csrf()).param("link", "/o/" + "B".repeat(32)).exchange())
			.hasStatus(422)
			.bodyText()
			.contains("No assessment has this owner link");
		assertThat(this.mvc.post()
			.uri("/wo/" + "C".repeat(32) + "/move-in")
			.with(csrf())
			.param("link", "/o/" + outside.ownerKey())
			.exchange()).hasStatus(404);
	}

	@Test
	void theWizardStartsInTheWorkspaceWhenOpenedFromItsOwnerPage() throws Exception {
		Workspaces.Owned owned = this.workspaces.create("Wizardry");
		assertThat(this.mvc.get().uri("/assessments/new?workspace=" + owned.ownerKey()).exchange()).hasStatusOk()
			.bodyText()
			.contains("name=\"workspace\"", owned.ownerKey());
		MvcTestResult first = this.mvc.post()
			.uri("/assessments/new")
			.with(csrf())
			.param("workspace", owned.ownerKey())
			.param("t.domainSize", "small")
			.exchange();
		assertThat(first).hasStatus3xxRedirection();
		assertThat(html("/wo/" + owned.ownerKey())).contains("1–1 of 1", "unfinished");
		assertThat(this.mvc.post()
			.uri("/assessments/new")
			.with(csrf())
			.param("workspace", "D".repeat(32))
			.param("t.domainSize", "small")
			.exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/assessments/new").exchange()).bodyText().doesNotContain("name=\"workspace\"");
	}

	@Test
	void comparingShowsTheChartTheTableAndTheDifferingAnswers() throws Exception {
		String a = this.assessments.create("Small shop", null, SMALL, List.of()).assessment().viewKey();
		String b = this.assessments.create("Big platform", null, LARGE, List.of()).assessment().viewKey();
		String html = html("/compare?keys=" + a + "," + b);
		assertThat(html).contains("2 assessments side by side", "<svg", "compare-chart-title", "compare-chart-desc",
				"class=\"differs\"", "Small shop", "Big platform", "series-1", "series-2", "compare-scores",
				"compare-costs");
		assertThat(html("/compare?keys=" + a + "&keys=" + b)).contains("2 assessments side by side");
		MvcTestResult pasted = this.mvc.get()
			.uri("/compare")
			.param("keys", "http://localhost/a/" + a + "\nhttp://localhost/a/" + b)
			.exchange();
		assertThat(pasted).hasStatus3xxRedirection();
		assertThat(pasted.getResponse().getRedirectedUrl()).isEqualTo("/compare?keys=" + a + "," + b);
	}

	@Test
	void theCompareFormExplainsWhatIsWrong() {
		String a = this.assessments.create("Alone", null, SMALL, List.of()).assessment().viewKey();
		assertThat(this.mvc.get().uri("/compare").exchange()).hasStatusOk().bodyText().contains("textarea");
		assertThat(this.mvc.get().uri("/compare?keys=" + a).exchange()).hasStatus(400)
			.bodyText()
			.contains("keys-error", "at least 2");
		assertThat(this.mvc.get().uri("/compare").param("keys", "<script>alert(1)</script>, x").exchange())
			.hasStatus(400)
			.bodyText()
			.contains("&lt;script&gt;")
			.doesNotContain("<script>alert");
		assertThat(this.mvc.get().uri("/compare?keys=" + a + "," + "E".repeat(32)).exchange()).hasStatus(404);
	}

	private String html(String uri) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private static int rows(String html) {
		return html.split("name=\"keys\"", -1).length - 1;
	}

}
