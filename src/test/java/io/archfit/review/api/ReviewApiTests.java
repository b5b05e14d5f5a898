package io.archfit.review.api;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.review.Comments;
import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review API over real HTTP: comments, votes and the decision, with good and bad
 * input, owner checks and unknown keys.
 */
@AppTest
class ReviewApiTests {

	static final Map<String, Object> MVP = Map.of("domainSize", "small", "teamCount", "one", "engineers", 4,
			"timeToMarket", "under-3-months", "trafficPattern", "steady");

	static final String UNKNOWN = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

	static final String HOSTILE = "<script>alert('x')</script> '; drop table comment; -- \"quoted\"";

	@LocalServerPort
	int port;

	@Autowired
	Comments comments;

	@Autowired
	Assessments assessments;

	Http http;

	String viewKey;

	String ownerKey;

	@BeforeEach
	void assessment() {
		this.http = new Http(this.port);
		JsonNode links = this.http.postJson("/api/v1/assessments", Map.of("title", "Checkout", "answers", MVP)).json();
		this.viewKey = links.get("viewKey").asString();
		this.ownerKey = links.get("ownerKey").asString();
	}

	@Test
	void commentsArePostedAndListedOldestFirstAndHostileTextComesBackAsTyped() {
		Http.Response first = this.http.postJson(comments(), Map.of("author", "Ana", "body", "Looks right to me."));
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("author").asString()).isEqualTo("Ana");
		assertThat(first.json().get("id").asLong()).isPositive();
		assertThat(first.json().get("createdAt").asString()).isNotBlank();
		Http.Response second = this.http.postJson(comments(), Map.of("author", "  Ben  ", "body", HOSTILE));
		assertThat(second.status()).isEqualTo(201);

		Http.Response list = this.http.get(comments());
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json()).hasSize(2);
		assertThat(list.json().get(0).get("body").asString()).isEqualTo("Looks right to me.");
		assertThat(list.json().get(1).get("author").asString()).isEqualTo("Ben");
		assertThat(list.json().get(1).get("body").asString()).isEqualTo(HOSTILE);

		String page = this.http.get("/a/" + this.viewKey).body();
		assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
	}

	@Test
	void badCommentsAreRefusedNamingEachField() {
		Http.Response empty = this.http.postJson(comments(), Map.of("author", " ", "body", ""));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.contentType()).startsWith("application/problem+json");
		assertThat(fields(empty.json())).containsExactlyInAnyOrder("author", "body");

		Http.Response tooLong = this.http.postJson(comments(),
				Map.of("author", "x".repeat(81), "body", "y".repeat(4001)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(codes(tooLong.json())).containsOnly("tooLong");

		Http.Response control = this.http.postJson(comments(), Map.of("author", "A\u0000B", "body", "ok"));
		assertThat(control.status()).isEqualTo(400);
		assertThat(fields(control.json())).containsExactly("author");

		Http.Response longest = this.http.postJson(comments(),
				Map.of("author", "x".repeat(80), "body", "line\n".repeat(800)));
		assertThat(longest.status()).isEqualTo(201);

		Http.Response unknownField = this.http.postJson(comments(), "{\"author\":\"A\",\"body\":\"b\",\"x\":1}");
		assertThat(unknownField.status()).isEqualTo(400);
		Http.Response wrongType = this.http.postJson(comments(), "{\"author\":[1],\"body\":\"b\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		Http.Response malformed = this.http.postJson(comments(), "{\"author\":");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(this.http.get(comments()).json()).hasSize(1);
	}

	@Test
	void aSecondVoteOfTheSameVoterReplacesTheFirst() {
		Http.Response first = vote("Ana", "microservices");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("architecture").asString()).isEqualTo("microservices");
		assertThat(vote("Ben", "recommended").status()).isEqualTo(200);
		Http.Response again = vote(" ana ", "serverless");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("voter").asString()).isEqualTo("ana");

		JsonNode tally = this.http.get(votes()).json();
		assertThat(tally.get("total").asInt()).isEqualTo(2);
		assertThat(tally.get("recommended").asString()).isEqualTo("monolith");
		assertThat(tally.get("architectures")).hasSize(4);
		assertThat(row(tally, "serverless").get("count").asInt()).isEqualTo(1);
		assertThat(row(tally, "serverless").get("voters").get(0).get("name").asString()).isEqualTo("ana");
		assertThat(row(tally, "microservices").get("count").asInt()).isZero();
		JsonNode monolith = row(tally, "monolith");
		assertThat(monolith.get("count").asInt()).isEqualTo(1);
		assertThat(monolith.get("recommended").asBoolean()).isTrue();
		assertThat(monolith.get("voters").get(0).get("agreed").asBoolean()).isTrue();
	}

	@Test
	void badVotesAreRefused() {
		Http.Response unknown = vote("Ana", "mainframe");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown.json())).containsExactly("architecture");
		Http.Response missing = this.http.sendJson("PUT", votes(), Map.of(), Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactlyInAnyOrder("voter", "architecture");
		Http.Response hostile = vote("<b>x</b>' or 1=1 --", "hybrid");
		assertThat(hostile.status()).isEqualTo(200);
		assertThat(this.http.get("/a/" + this.viewKey).body()).doesNotContain("<b>x</b>")
			.contains("&lt;b&gt;x&lt;/b&gt;");
	}

	@Test
	void theOwnerMovesTheAssessmentThroughReviewToAcceptance() {
		assertThat(this.http.get(decision()).json().get("status").asString()).isEqualTo("draft");
		Http.Response review = decide(Map.of("status", "in-review"));
		assertThat(review.status()).isEqualTo(200);
		assertThat(review.json().get("status").asString()).isEqualTo("in-review");
		assertThat(review.json().get("nextStatuses")).hasSize(3);

		Http.Response noReason = decide(Map.of("status", "accepted", "architecture", "microservices"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(fields(noReason.json())).containsExactly("rationale");

		Http.Response accepted = decide(Map.of("status", "accepted", "architecture", "microservices", "rationale",
				"We already run a platform team.", "deciders", "Ana, Ben"));
		assertThat(accepted.status()).isEqualTo(200);
		JsonNode json = accepted.json();
		assertThat(json.get("status").asString()).isEqualTo("accepted");
		assertThat(json.get("architecture").asString()).isEqualTo("microservices");
		assertThat(json.get("recommended").asString()).isEqualTo("monolith");
		assertThat(json.get("differsFromRecommendation").asBoolean()).isTrue();
		assertThat(json.get("rationale").asString()).isEqualTo("We already run a platform team.");
		assertThat(json.get("deciders").asString()).isEqualTo("Ana, Ben");
		assertThat(json.get("decidedAt").asString()).isNotBlank();
		assertThat(this.http.get("/api/v1/assessments/" + this.viewKey).json().get("status").asString())
			.isEqualTo("accepted");

		Http.Response back = decide(Map.of("status", "draft"));
		assertThat(back.status()).isEqualTo(409);
		assertThat(back.contentType()).startsWith("application/problem+json");
		assertThat(back.json().get("detail").asString()).contains("Accepted", "Draft");
	}

	@Test
	void anAcceptedAssessmentIsSupersededByAnotherOneOnly() {
		decide(Map.of("status", "in-review"));
		assertThat(decide(Map.of("status", "accepted", "architecture", "monolith")).status()).isEqualTo(200);
		Http.Response itself = decide(Map.of("status", "superseded", "supersededBy", this.viewKey));
		assertThat(itself.status()).isEqualTo(400);
		assertThat(fields(itself.json())).containsExactly("supersededBy");
		Http.Response unknown = decide(Map.of("status", "superseded", "supersededBy", UNKNOWN));
		assertThat(unknown.status()).isEqualTo(400);
		String other = this.http.postJson("/api/v1/assessments", Map.of("title", "Checkout v2", "answers", MVP))
			.json()
			.get("viewKey")
			.asString();
		Http.Response superseded = decide(Map.of("status", "superseded", "supersededBy", other));
		assertThat(superseded.status()).isEqualTo(200);
		assertThat(superseded.json().get("supersededBy").asString()).isEqualTo(other);
		assertThat(superseded.json().get("architecture").asString()).isEqualTo("monolith");
		assertThat(superseded.json().get("nextStatuses")).isEmpty();
		assertThat(decide(Map.of("status", "in-review")).status()).isEqualTo(409);
	}

	@Test
	void nonsenseTransitionsAnswer409NamingWhy() {
		Http.Response skip = decide(Map.of("status", "accepted", "architecture", "monolith"));
		assertThat(skip.status()).isEqualTo(409);
		assertThat(skip.json().get("detail").asString()).contains("Draft", "Accepted");
		Http.Response same = decide(Map.of("status", "draft"));
		assertThat(same.status()).isEqualTo(409);
		assertThat(same.json().get("detail").asString()).contains("already");
		Http.Response unknown = decide(Map.of("status", "approved"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("errors").get(0).get("message").asString()).contains("approved");
		Http.Response missing = decide(Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactly("status");
		decide(Map.of("status", "in-review"));
		Http.Response unknownArchitecture = decide(Map.of("status", "accepted", "architecture", "mainframe"));
		assertThat(unknownArchitecture.status()).isEqualTo(400);
		assertThat(fields(unknownArchitecture.json())).containsExactly("architecture");
		Map<String, Object> tooLong = new HashMap<>(
				Map.of("status", "rejected", "rationale", "r".repeat(4001), "deciders", "d".repeat(501)));
		assertThat(decide(tooLong).status()).isEqualTo(400);
		assertThat(this.http.get(decision()).json().get("status").asString()).isEqualTo("in-review");
	}

	@Test
	void theDecisionNeedsTheOwnerKey() {
		Http.Response missing = this.http.sendJson("PUT", decision(), Map.of("status", "in-review"), Map.of());
		assertThat(missing.status()).isEqualTo(400);
		assertThat(fields(missing.json())).containsExactly("X-Owner-Key");
		Http.Response viewKeyAsOwner = this.http.sendJson("PUT", decision(), Map.of("status", "in-review"),
				Map.of("X-Owner-Key", this.viewKey));
		assertThat(viewKeyAsOwner.status()).isEqualTo(403);
		String otherOwner = this.http.postJson("/api/v1/assessments", Map.of("title", "Other", "answers", MVP))
			.json()
			.get("ownerKey")
			.asString();
		Http.Response otherOwnersKey = this.http.sendJson("PUT", decision(), Map.of("status", "in-review"),
				Map.of("X-Owner-Key", otherOwner));
		assertThat(otherOwnersKey.status()).isEqualTo(403);
		assertThat(this.http.get(decision()).json().get("status").asString()).isEqualTo("draft");
	}

	@Test
	void unknownViewKeysAnswer404OnEveryRoute() {
		String base = "/api/v1/assessments/" + UNKNOWN;
		assertThat(this.http.get(base + "/comments").status()).isEqualTo(404);
		assertThat(this.http.postJson(base + "/comments", Map.of("author", "A", "body", "b")).status()).isEqualTo(404);
		assertThat(this.http.get(base + "/votes").status()).isEqualTo(404);
		assertThat(this.http.sendJson("PUT", base + "/votes", Map.of("voter", "A", "architecture", "hybrid"), Map.of())
			.status()).isEqualTo(404);
		assertThat(this.http.get(base + "/decision").status()).isEqualTo(404);
		Http.Response decide = this.http.sendJson("PUT", base + "/decision", Map.of("status", "in-review"),
				Map.of("X-Owner-Key", this.ownerKey));
		assertThat(decide.status()).isEqualTo(404);
		assertThat(decide.contentType()).startsWith("application/problem+json");
		assertThat(this.http.get("/api/v1/assessments/not-a-key/comments").status()).isEqualTo(404);
	}

	@Test
	void hiddenCommentsAreListedOnlyWithTheOwnerKey() {
		this.http.postJson(comments(), Map.of("author", "Ana", "body", "Visible"));
		long spam = this.http.postJson(comments(), Map.of("author", "Spam", "body", "Buy now"))
			.json()
			.get("id")
			.asLong();
		this.comments.setHidden(this.assessments.byViewKey(this.viewKey), spam, true);
		assertThat(this.http.get(comments()).json()).hasSize(1);
		Http.Response owner = this.http
			.send(HttpRequest.newBuilder(this.http.uri(comments())).header("X-Owner-Key", this.ownerKey).GET().build());
		assertThat(owner.json()).hasSize(2);
		assertThat(owner.json().get(1).get("hidden").asBoolean()).isTrue();
		Http.Response stranger = this.http
			.send(HttpRequest.newBuilder(this.http.uri(comments())).header("X-Owner-Key", this.viewKey).GET().build());
		assertThat(stranger.json()).hasSize(1);
	}

	@Test
	void openApiDocumentDescribesTheReviewRoutes() {
		assertThat(this.http.get("/v3/api-docs").body()).contains("/api/v1/assessments/{viewKey}/comments",
				"/api/v1/assessments/{viewKey}/votes", "/api/v1/assessments/{viewKey}/decision");
	}

	private Http.Response vote(String voter, String architecture) {
		return this.http.sendJson("PUT", votes(), Map.of("voter", voter, "architecture", architecture), Map.of());
	}

	private Http.Response decide(Map<String, Object> body) {
		return this.http.sendJson("PUT", decision(), body, Map.of("X-Owner-Key", this.ownerKey));
	}

	private String comments() {
		return "/api/v1/assessments/" + this.viewKey + "/comments";
	}

	private String votes() {
		return "/api/v1/assessments/" + this.viewKey + "/votes";
	}

	private String decision() {
		return "/api/v1/assessments/" + this.viewKey + "/decision";
	}

	private static JsonNode row(JsonNode tally, String architecture) {
		for (JsonNode row : tally.get("architectures")) {
			if (row.get("architecture").asString().equals(architecture)) {
				return row;
			}
		}
		throw new AssertionError("no row " + architecture);
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

	private static List<String> codes(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("code").asString()).toList();
	}

}
