package io.archfit.review.web;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.review.Comment;
import io.archfit.review.Comments;
import io.archfit.support.AppTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comments, votes and the decision through the report pages: confirmations, the name
 * remembered, hostile text escaped, problems shown next to their fields with what was
 * typed, hiding, and refused transitions.
 */
@AppTest
class ReviewPagesTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Assessments assessments;

	@Autowired
	Comments comments;

	String view;

	String owner;

	@BeforeEach
	void assessment() {
		Assessments.Owned owned = this.assessments.create("Checkout", null,
				Answers.of(Map.of("domainSize", "small", "teamCount", "one", "timeToMarket", "under-3-months")),
				List.of());
		this.view = "/a/" + owned.assessment().viewKey();
		this.owner = "/o/" + owned.ownerKey();
	}

	@Test
	void aCommentIsPostedShownEscapedWithLinksAndTheNameIsRemembered() throws Exception {
		MvcTestResult posted = post(this.view + "/comments", "author", "Ana <b>", "body",
				"<script>alert('x')</script> see https://example.org/x?a=1&b=2.");
		assertThat(posted).hasStatus3xxRedirection();
		assertThat(posted.getResponse().getRedirectedUrl()).isEqualTo(this.view + "?done=commented#comments");
		Cookie name = posted.getResponse().getCookie(ReviewerName.COOKIE);
		assertThat(name).isNotNull();
		assertThat(name.isHttpOnly()).isTrue();

		String page = html(this.mvc.get().uri(this.view + "?done=commented").cookie(name).exchange());
		assertThat(page).contains("Your comment was posted.", "Comments (1)");
		assertThat(page).doesNotContain("<script>alert", "<b>");
		assertThat(page).contains("&lt;script&gt;alert(", "Ana &lt;b&gt;");
		assertThat(page).contains(
				"<a href=\"https://example.org/x?a=1&amp;b=2\" rel=\"noopener noreferrer nofollow\">https://example.org/x?a=1&amp;b=2</a>.");
		assertThat(page).contains(
				"id=\"comment-author\" name=\"author\" maxlength=\"80\" required autocomplete=\"name\" value=\"Ana &lt;b&gt;\"");
		assertThat(page).contains(
				"id=\"vote-voter\" name=\"voter\" maxlength=\"80\" required autocomplete=\"name\" value=\"Ana &lt;b&gt;\"");
	}

	@Test
	void aCommentWithProblemsComesBackWithTheMessageAndWhatWasTyped() throws Exception {
		MvcTestResult result = post(this.view + "/comments", "author", " ", "body", "Keep <this> text");
		assertThat(result).hasStatus(422);
		String page = html(result);
		assertThat(page).contains("Your comment was not posted", "This field is required.", "comment-field-author");
		assertThat(page).contains("Keep &lt;this&gt; text");
		assertThat(html(this.mvc.get().uri(this.view).exchange())).contains("Comments (0)");

		MvcTestResult tooLong = post(this.view + "/comments", "author", "Ben", "body", "x".repeat(4001));
		assertThat(tooLong).hasStatus(422);
		assertThat(html(tooLong)).contains("At most 4,000 characters.", "value=\"Ben\"");
		MvcTestResult missing = this.mvc.post().uri(this.view + "/comments").with(csrf()).exchange();
		assertThat(missing).hasStatus(422);
	}

	@Test
	void votesAreTalliedNextToTheRankingAndASecondVoteReplacesTheFirst() throws Exception {
		MvcTestResult voted = post(this.view + "/votes", "voter", "Ana", "architecture", "microservices");
		assertThat(voted.getResponse().getRedirectedUrl()).isEqualTo(this.view + "?done=voted#votes");
		post(this.view + "/votes", "voter", "Ben", "architecture", "recommended");
		post(this.view + "/votes", "voter", "ana", "architecture", "serverless");
		String page = html(this.mvc.get().uri(this.view).exchange());
		assertThat(page).contains("Team votes", "Votes per architecture (2 in all)",
				"(agrees with the recommendation)");
		assertThat(page).containsPattern("(?s)data-architecture=\"serverless\".*?vote-count\">1<.*?voter\">ana<");
		assertThat(page).containsPattern("(?s)data-architecture=\"microservices\".*?vote-count\">0<");
		assertThat(page.indexOf("id=\"votes\"")).isGreaterThan(page.indexOf("id=\"ranking-heading\""));

		MvcTestResult bad = post(this.view + "/votes", "voter", "Cy", "architecture", "mainframe");
		assertThat(bad).hasStatus(422);
		assertThat(html(bad)).contains("Your vote was not counted", "Choose one of the architectures", "value=\"Cy\"");
	}

	@Test
	void aReaderSeesACommentWithItsLineBreaksAndSpacesAsTyped() throws Exception {
		// white space between two links lies between tags: kept parts of the report that
		// are not comments lose such indentation, comments must not
		this.comments.post(this.assessments.byViewKey(this.view.substring(3)), "Ana",
				"https://a.example.org\n\n    https://b.example.org");
		assertThat(html(this.mvc.get().uri(this.view).exchange())).contains(">https://a.example.org</a>\n\n    <a");
	}

	@Test
	void theOwnerHidesACommentFromReaders() throws Exception {
		Comment spam = this.comments.post(this.assessments.byViewKey(this.view.substring(3)), "Spam", "Buy now");
		assertThat(html(this.mvc.get().uri(this.view).exchange())).contains("Buy now").doesNotContain(">Hide<");
		assertThat(html(this.mvc.get().uri(this.owner).exchange())).contains(">Hide<");

		MvcTestResult hidden = post(this.owner + "/comments/" + spam.id() + "/hide");
		assertThat(hidden.getResponse().getRedirectedUrl())
			.isEqualTo(this.owner + "?done=commentHidden#comment-" + spam.id());
		assertThat(html(this.mvc.get().uri(this.view).exchange())).doesNotContain("Buy now").contains("Comments (0)");
		assertThat(html(this.mvc.get().uri(this.owner + "?done=commentHidden").exchange())).contains("Buy now",
				"hidden from readers", "hidden-comment", "Show again", "now hidden from readers");

		post(this.owner + "/comments/" + spam.id() + "/unhide");
		assertThat(html(this.mvc.get().uri(this.view).exchange())).contains("Buy now");

		assertThat(post(this.owner + "/comments/999999/hide")).hasStatus(404);
		assertThat(post(this.owner + "/comments/x/hide")).hasStatus(404);
		assertThat(post(this.view + "/comments/" + spam.id() + "/hide")).hasStatus4xxClientError();
		assertThat(this.mvc.post().uri(this.owner + "/comments/" + spam.id() + "/hide").exchange()).hasStatus(403);
	}

	@Test
	void theOwnerAcceptsAnotherArchitectureAndReadersSeeTheReason() throws Exception {
		assertThat(html(this.mvc.get().uri(this.view).exchange())).contains("Draft").doesNotContain("Open for review");
		assertThat(html(this.mvc.get().uri(this.owner).exchange())).contains("Open for review")
			.doesNotContain("Record the decision");
		assertThat(post(this.owner + "/decision", "status", "in-review").getResponse().getRedirectedUrl())
			.isEqualTo(this.owner + "?done=decided#decision");
		assertThat(html(this.mvc.get().uri(this.owner).exchange())).contains("In review", "Record the decision",
				"Back to draft");

		MvcTestResult noReason = post(this.owner + "/decision", "status", "accepted", "architecture", "serverless",
				"deciders", "Ana & Ben");
		assertThat(noReason).hasStatus(422);
		assertThat(html(noReason)).contains("The status was not changed", "is not the recommended one: say why",
				"Ana &amp; Ben");

		MvcTestResult accepted = post(this.owner + "/decision", "status", "accepted", "architecture", "serverless",
				"rationale", "Traffic is <spiky> and we have no ops team.", "deciders", "Ana & Ben");
		assertThat(accepted).hasStatus3xxRedirection();
		String page = html(this.mvc.get().uri(this.view).exchange());
		assertThat(page).contains("Accepted", "is not what ArchFit recommends",
				"The team&#39;s reason for choosing differently:", "Traffic is &lt;spiky&gt; and we have no ops team.",
				"by Ana &amp; Ben");
		assertThat(page.indexOf("id=\"decision\"")).isLessThan(page.indexOf("id=\"ranking-heading\""));
		assertThat(page).doesNotContain("Mark as superseded");
		assertThat(html(this.mvc.get().uri(this.owner).exchange())).contains("Mark as superseded");
	}

	@Test
	void nonsenseTransitionsAreRefusedWithAClearMessage() throws Exception {
		MvcTestResult skip = post(this.owner + "/decision", "status", "accepted", "architecture", "monolith");
		assertThat(skip).hasStatus(409);
		assertThat(html(skip)).contains("An assessment that is Draft cannot become Accepted.");
		MvcTestResult unknown = post(this.owner + "/decision", "status", "<img src=x>");
		assertThat(unknown).hasStatus(422);
		assertThat(html(unknown)).contains("There is no status &quot;&lt;img src=x&gt;&quot;");
		MvcTestResult superseded = post(this.owner + "/decision", "status", "superseded", "supersededBy",
				"http://localhost/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
		assertThat(superseded).hasStatus(409);
		assertThat(this.mvc.post()
			.uri("/o/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/decision")
			.with(csrf())
			.param("status", "in-review")
			.exchange()).hasStatus(404);
	}

	@Test
	void manyCommentsShowTheLatestWithAShowAllLink() throws Exception {
		var assessment = this.assessments.byViewKey(this.view.substring(3));
		for (int i = 1; i <= ReviewSections.COMMENTS_SHOWN + 2; i++) {
			this.comments.post(assessment, "Ana", "Comment number " + i + ".");
		}
		String page = html(this.mvc.get().uri(this.view).exchange());
		assertThat(page)
			.contains("Showing the latest 50 of 52 comments.", "Comment number 52.",
					"href=\"" + this.view + "?comments=all#comments\"")
			.doesNotContain("Comment number 2.");
		assertThat(html(this.mvc.get().uri(this.view + "?comments=all").exchange())).contains("Comment number 1.",
				"Comment number 2.");
	}

	@Test
	void viewKeyedRoutesAnswer404ForUnknownKeys() throws Exception {
		assertThat(post("/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/comments", "author", "A", "body", "b")).hasStatus(404);
		assertThat(post("/a/nonsense/votes", "voter", "A", "architecture", "hybrid")).hasStatus(404);
	}

	private MvcTestResult post(String uri, String... params) {
		var request = this.mvc.post().uri(uri).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}

	private static String html(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString();
	}

}
