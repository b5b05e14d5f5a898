package io.archfit.assessment.web;

import java.util.List;

import io.archfit.support.AppTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.catalogue.Reference;
import io.archfit.catalogue.Rule;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evidence.Evidence;
import io.archfit.evidence.TrackRecord;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wizard and the report through the full web stack: drafts under the owner link, Back
 * and Next keeping answers, messages next to wrong fields, the report under both links,
 * rotation, deletion, and conflicting saves.
 */
@AppTest
class WizardAndReportTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void firstStepCreatesADraftUnderAnOwnerLinkRememberedByThisBrowser() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/assessments/new")
			.with(csrf())
			.param("t.domainSize", "small")
			.param("t.boundaryClarity", "")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/o/[A-Za-z0-9_-]{32}/wizard/2");
		Cookie recent = result.getResponse().getCookie(RecentAssessments.COOKIE);
		assertThat(recent).isNotNull();
		assertThat(recent.isHttpOnly()).isTrue();
		assertThat(location).contains(recent.getValue());

		MvcTestResult step2 = this.mvc.get().uri(location).exchange();
		assertThat(step2).hasStatusOk().bodyText().contains("Step 2 of 5");
	}

	@Test
	void theHomePageListsTheAssessmentsThisBrowserStartedAndForgetsDeletedOnes() throws Exception {
		String first = startDraft();
		String second = startDraft();
		post(second + "/wizard/5", "next", "title", "Second one");
		String cookie = first.substring(3) + "." + second.substring(3) + "." + "A".repeat(32);
		String home = this.mvc.get()
			.uri("/")
			.cookie(new Cookie(RecentAssessments.COOKIE, cookie))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(home).contains("href=\"" + first + "\"", "href=\"" + second + "\"", "Second one");
		assertThat(home.indexOf(first)).isLessThan(home.indexOf(second));
		this.mvc.post().uri(second + "/delete").with(csrf()).exchange();
		String after = this.mvc.get()
			.uri("/?done=deleted")
			.cookie(new Cookie(RecentAssessments.COOKIE, cookie))
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("The assessment was deleted.", first).doesNotContain(second);
	}

	@Test
	void onlyKnownConfirmationsAreShown() throws Exception {
		String owner = completed();
		assertThat(this.mvc.get().uri(owner + "?done=voted").exchange()).bodyText().contains("Your vote");
		assertThat(this.mvc.get().uri(owner + "?done=bogus").exchange()).bodyText()
			.doesNotContain("report.done")
			.doesNotContain("role=\"status\"");
	}

	@Test
	void wrongAnswersAreShownNextToTheirFieldsAndNothingIsSaved() throws Exception {
		String owner = startDraft();
		MvcTestResult result = this.mvc.post()
			.uri(owner + "/wizard/2")
			.with(csrf())
			.param("version", version(owner))
			.param("nav", "next")
			.param("t.monthlyRequests", "lots")
			.param("t.peakToAverage", "1000")
			.exchange();
		assertThat(result).hasStatus(422);
		String body = result.getResponse().getContentAsString();
		assertThat(body).contains("err-monthlyRequests", "err-peakToAverage", "error-summary");
		assertThat(body).contains("value=\"lots\"");
	}

	@Test
	void backAndNextKeepEveryAnswerAndTheWizardEndsInTheReport() throws Exception {
		String owner = startDraft();
		post(owner + "/wizard/2", "next", "t.trafficPattern", "spiky", "t.monthlyRequests", "2,000,000");
		assertThat(this.mvc.get().uri(owner + "/wizard/2").exchange()).bodyText()
			.contains("value=\"spiky\" checked")
			.contains("value=\"2000000\"");
		post(owner + "/wizard/3", "back", "t.teamCount", "one");
		assertThat(this.mvc.get().uri(owner + "/wizard/3").exchange()).bodyText().contains("value=\"one\" checked");
		post(owner + "/wizard/3", "next", "t.teamCount", "one");
		post(owner + "/wizard/4", "next", "t.compliance", "none");
		MvcTestResult finish = post(owner + "/wizard/5", "next", "title", "Photo uploads", "priorities", "cost");
		assertThat(finish.getResponse().getRedirectedUrl()).isEqualTo(owner + "?done=saved");

		MvcTestResult report = this.mvc.get().uri(owner).exchange();
		assertThat(report).hasStatusOk();
		String html = report.getResponse().getContentAsString();
		assertThat(html).contains("Photo uploads", "Recommended:", "<svg", "ranking-title", "View link", "Owner link");
		String viewKey = html.replaceAll("(?s).*/a/([A-Za-z0-9_-]{32}).*", "$1");
		MvcTestResult view = this.mvc.get().uri("/a/" + viewKey).exchange();
		assertThat(view).hasStatusOk().bodyText().contains("Photo uploads").doesNotContain("Owner link");
		assertThat(view.getResponse().getContentAsString()).doesNotContain(owner.substring(3));
	}

	@Test
	void lastStepNeedsATitleAndAtMostThreePriorities() throws Exception {
		String owner = startDraft();
		MvcTestResult result = this.mvc.post()
			.uri(owner + "/wizard/5")
			.with(csrf())
			.param("version", version(owner))
			.param("nav", "next")
			.param("title", " ")
			.param("priorities", "cost", "latency", "scaling", "complexity")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText().contains("err-title", "err-priorities");
	}

	@Test
	void rotatingTheViewLinkKillsTheOldOneAtOnce() throws Exception {
		String owner = completed();
		String oldView = viewKeyOf(owner);
		assertThat(this.mvc.post().uri(owner + "/rotate-view").with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/a/" + oldView).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/a/" + viewKeyOf(owner).toString()).exchange()).hasStatusOk();
	}

	@Test
	void rotatingTheOwnerLinkKillsTheOldOneAtOnce() throws Exception {
		String owner = completed();
		MvcTestResult result = this.mvc.post().uri(owner + "/rotate-owner").with(csrf()).exchange();
		String newOwner = result.getResponse().getRedirectedUrl().replace("?done=ownerRotated", "");
		assertThat(newOwner).isNotEqualTo(owner);
		assertThat(this.mvc.get().uri(owner).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri(newOwner).exchange()).hasStatusOk();
	}

	@Test
	void deletionAsksFirstThenRemovesBothLinks() throws Exception {
		String owner = completed();
		String view = viewKeyOf(owner);
		assertThat(this.mvc.get().uri(owner + "/delete").exchange()).hasStatusOk()
			.bodyText()
			.contains("Delete for good");
		assertThat(this.mvc.get().uri(owner).exchange()).hasStatusOk();
		assertThat(this.mvc.post().uri(owner + "/delete").with(csrf()).exchange()).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri(owner).exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/a/" + view).exchange()).hasStatus(404);
	}

	@Test
	void aStaleEditIsRefusedWithTheLatestAnswersAndNothingIsLost() throws Exception {
		String owner = completed();
		String staleVersion = version(owner);
		MvcTestResult first = this.mvc.post()
			.uri(owner + "/edit")
			.with(csrf())
			.param("version", staleVersion)
			.param("t.domainSize", "large")
			.exchange();
		assertThat(first).hasStatus3xxRedirection();
		MvcTestResult second = this.mvc.post()
			.uri(owner + "/edit")
			.with(csrf())
			.param("version", staleVersion)
			.param("t.domainSize", "medium")
			.exchange();
		assertThat(second).hasStatus(409).bodyText().contains("Changed since you opened it");
		assertThat(this.mvc.get().uri(owner + "/edit").exchange()).bodyText().contains("value=\"large\" checked");
	}

	@Test
	void postsWithoutACsrfTokenAreRefused() throws Exception {
		assertThat(this.mvc.post().uri("/assessments/new").param("t.domainSize", "small").exchange()).hasStatus(403);
	}

	@Test
	void unknownLinksAnswer404WithAPageNotAStackTrace() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").exchange();
		assertThat(result).hasStatus(404);
		assertThat(this.mvc.get().uri("/o/nonsense/wizard/9").exchange()).hasStatus(404);
	}

	@Test
	void catalogueShowsEveryTraitAndRule() throws Exception {
		assertThat(this.mvc.get().uri("/catalogue").exchange()).hasStatusOk()
			.bodyText()
			.contains("trafficPattern", "monthlyRequests", "How we score");
	}

	@Test
	void catalogueCitesTheSourceOfEveryRuleAsALinkToItsReference() throws Exception {
		Catalogue catalogue = Catalogues.loadBuiltIn().current();
		String page = this.mvc.get().uri("/catalogue").exchange().getResponse().getContentAsString();
		for (Reference reference : catalogue.references()) {
			assertThat(page).contains("id=\"ref-" + reference.id() + "\"").contains("href=\"" + reference.url() + "\"");
		}
		for (Rule rule : catalogue.rules()) {
			String row = page.substring(page.indexOf("id=\"rule-" + rule.id() + "\""));
			row = row.substring(0, row.indexOf("</tr>"));
			for (String source : rule.sources()) {
				int number = catalogue.references().stream().map(Reference::id).toList().indexOf(source) + 1;
				assertThat(row).as(rule.id()).contains("href=\"#ref-" + source + "\">[" + number + "]</a>");
			}
		}
	}

	@Test
	void catalogueSaysHowSureTheAdviceIsAndWhatEachLevelHasMeant() throws Exception {
		Catalogue catalogue = Catalogues.loadBuiltIn().current();
		String page = this.mvc.get().uri("/catalogue").exchange().getResponse().getContentAsString();
		assertThat(page).contains("How sure the advice is", "lowered by 2 points for each answer one step away",
				"A lead under 1.5 points is a close call", "It reads high from 85 % and medium from 65 %",
				"it reads high only when all three chose the recommended architecture",
				"Nearest cases agreeing and the chance of being right");
		List<Double> shares = catalogue.confidence().orElseThrow().precedents();
		for (int agreeing = 0; agreeing < shares.size(); agreeing++) {
			assertThat(page).containsPattern("<th scope=\"row\">" + agreeing + " of " + (shares.size() - 1)
					+ "</th>\\s*<td class=\"num\">" + Math.round(shares.get(agreeing) * 100) + " %</td>");
		}
		Evidence evidence = new Evidence();
		int cases = 0;
		for (ConfidenceLevel level : ConfidenceLevel.values()) {
			TrackRecord record = evidence.trackRecord(catalogue, level).orElseThrow();
			assertThat(page).contains("<td class=\"num\">" + record.right() + " (" + record.percent() + " %)</td>");
			cases += record.cases();
		}
		assertThat(cases).isEqualTo(evidence.corpus().cases().size());
	}

	private String startDraft() throws Exception {
		MvcTestResult result = this.mvc.post()
			.uri("/assessments/new")
			.with(csrf())
			.param("t.domainSize", "small")
			.exchange();
		return result.getResponse().getRedirectedUrl().replace("/wizard/2", "");
	}

	private String completed() throws Exception {
		String owner = startDraft();
		post(owner + "/wizard/5", "next", "title", "Inventory");
		return owner;
	}

	private MvcTestResult post(String uri, String nav, String... params) throws Exception {
		var request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("nav", nav)
			.param("version", version(uri.replaceAll("/wizard/\\d$", "")));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result;
	}

	private String version(String owner) throws Exception {
		String html = this.mvc.get().uri(owner + "/wizard/1").exchange().getResponse().getContentAsString();
		return html.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
	}

	private String viewKeyOf(String owner) throws Exception {
		String html = this.mvc.get().uri(owner).exchange().getResponse().getContentAsString();
		return html.replaceAll("(?s).*/a/([A-Za-z0-9_-]{32}).*", "$1");
	}

}
