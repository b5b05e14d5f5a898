package io.archfit.workspace.api;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workspaces and comparison over real HTTP: creating a workspace, creating assessments in
 * it by its owner key, listing them with search, filters, orders and pages, and comparing
 * assessments; every bad input answered as a problem document naming the field.
 */
@AppTest
class WorkspaceApiTests {

	static final Map<String, Object> MONOLITH = Map.of("domainSize", "small", "teamCount", "one", "engineers", 4,
			"timeToMarket", "under-3-months", "trafficPattern", "steady");

	static final Map<String, Object> LARGE = Map.of("domainSize", "large", "teamCount", "many", "engineers", 120,
			"boundaryClarity", "clear", "loadDivergence", "divergent", "releaseCadence", "daily", "devopsMaturity",
			"high");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void creatingAWorkspaceReturnsBothLinks() {
		Http.Response response = this.http.postJson("/api/v1/workspaces", Map.of("name", "  Payments team  "));
		assertThat(response.status()).isEqualTo(201);
		JsonNode body = response.json();
		String viewKey = body.get("viewKey").asString();
		String ownerKey = body.get("ownerKey").asString();
		assertThat(viewKey).matches("[A-Za-z0-9_-]{32}").isNotEqualTo(ownerKey);
		assertThat(body.get("viewUrl").asString()).endsWith("/w/" + viewKey);
		assertThat(body.get("ownerUrl").asString()).endsWith("/wo/" + ownerKey);
		assertThat(response.header("Location")).endsWith("/api/v1/workspaces/" + viewKey + "/assessments");
		JsonNode list = this.http.get("/api/v1/workspaces/" + viewKey + "/assessments").json();
		assertThat(list.get("workspace").asString()).isEqualTo("Payments team");
		assertThat(list.get("totalItems").asLong()).isZero();
		assertThat(list.get("items")).isEmpty();
	}

	@Test
	void aBadWorkspaceNameIsRefusedNamingTheField() {
		assertProblem(this.http.postJson("/api/v1/workspaces", Map.of()), 400, "name");
		assertProblem(this.http.postJson("/api/v1/workspaces", Map.of("name", "   ")), 400, "name");
		assertProblem(this.http.postJson("/api/v1/workspaces", Map.of("name", "x".repeat(121))), 400, "name");
		assertProblem(this.http.postJson("/api/v1/workspaces", Map.of("name", "a\u0000b")), 400, "name");
		assertProblem(this.http.postJson("/api/v1/workspaces", Map.of("name", 42, "extra", true)), 400, "extra");
		assertProblem(this.http.postJson("/api/v1/workspaces", "{\"name\": "), 400, "body");
		Http.Response text = this.http.send(HttpRequest.newBuilder(this.http.uri("/api/v1/workspaces"))
			.POST(HttpRequest.BodyPublishers.ofString("name=x"))
			.header("Content-Type", "text/plain")
			.build());
		assertThat(text.status()).isEqualTo(415);
		assertThat(this.http.postJson("/api/v1/workspaces", Map.of("name", "x".repeat(120))).status()).isEqualTo(201);
	}

	@Test
	void assessmentsAreCreatedInAWorkspaceByItsOwnerKeyOnly() {
		JsonNode workspace = workspace("Checkout");
		String ownerKey = workspace.get("ownerKey").asString();
		String viewKey = workspace.get("viewKey").asString();
		Http.Response created = create("In the workspace", MONOLITH, ownerKey);
		assertThat(created.status()).isEqualTo(201);
		assertProblem(create("With the view key", MONOLITH, viewKey), 400, "workspaceKey");
		assertProblem(create("With nonsense", MONOLITH, "not a key"), 400, "workspaceKey");
		assertThat(create("Outside", MONOLITH, null).status()).isEqualTo(201);

		JsonNode list = this.http.get("/api/v1/workspaces/" + viewKey + "/assessments").json();
		assertThat(list.get("totalItems").asLong()).isEqualTo(1);
		JsonNode item = list.get("items").get(0);
		assertThat(item.get("title").asString()).isEqualTo("In the workspace");
		assertThat(item.get("viewKey").asString()).isEqualTo(created.json().get("viewKey").asString());
		assertThat(item.get("viewUrl").asString()).endsWith("/a/" + item.get("viewKey").asString());
		assertThat(item.get("status").asString()).isEqualTo("draft");
		assertThat(item.get("recommended").asString()).isEqualTo("monolith");
		assertThat(item.get("complete").asBoolean()).isTrue();
		assertThat(item.has("answers")).isFalse();
	}

	@Test
	void theListSearchesFiltersSortsAndPages() {
		JsonNode workspace = workspace("Big");
		String ownerKey = workspace.get("ownerKey").asString();
		String path = "/api/v1/workspaces/" + workspace.get("viewKey").asString() + "/assessments";
		for (int i = 1; i <= 23; i++) {
			create(String.format("Service %02d", i), MONOLITH, ownerKey);
		}
		create("Large platform", LARGE, ownerKey);
		String largeRecommendation = this.http.get(path + "?q=platform")
			.json()
			.get("items")
			.get(0)
			.get("recommended")
			.asString();

		JsonNode first = this.http.get(path).json();
		assertThat(first.get("totalItems").asLong()).isEqualTo(24);
		assertThat(first.get("totalPages").asInt()).isEqualTo(2);
		assertThat(first.get("page").asInt()).isEqualTo(1);
		assertThat(first.get("size").asInt()).isEqualTo(20);
		assertThat(first.get("items")).hasSize(20);
		assertThat(first.get("items").get(0).get("title").asString()).isEqualTo("Large platform");
		assertThat(this.http.get(path + "?page=2").json().get("items")).hasSize(4);
		assertThat(this.http.get(path + "?page=3").json().get("items")).isEmpty();

		JsonNode byTitle = this.http.get(path + "?sort=title&size=3").json();
		assertThat(titles(byTitle)).containsExactly("Large platform", "Service 01", "Service 02");
		assertThat(titles(this.http.get(path + "?q=SERVICE%200&sort=title&size=100").json())).hasSize(9)
			.startsWith("Service 01");
		assertThat(this.http.get(path + "?recommended=" + largeRecommendation).json().get("totalItems").asLong())
			.isEqualTo(largeRecommendation.equals("monolith") ? 24 : 1);
		assertThat(
				this.http.get(path + "?status=draft&recommended=monolith&q=service").json().get("totalItems").asLong())
			.isEqualTo(23);
		assertThat(this.http.get(path + "?status=accepted").json().get("totalItems").asLong()).isZero();
		JsonNode byScore = this.http.get(path + "?sort=score&size=100").json();
		List<Double> scores = byScore.get("items").valueStream().map((i) -> i.get("score").asDouble()).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
	}

	@Test
	void badListParametersAreRefusedNamingEachAndUnknownWorkspacesAre404() {
		String path = "/api/v1/workspaces/" + workspace("Params").get("viewKey").asString() + "/assessments";
		Http.Response bad = this.http
			.get(path + "?page=0&size=500&status=done&recommended=mainframe&sort=age&q=" + "x".repeat(201));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(fields(bad.json())).containsExactlyInAnyOrder("page", "size", "status", "recommended", "sort", "q");
		assertProblem(this.http.get(path + "?page=abc"), 400, "page");
		assertProblem(this.http.get(path + "?size=-1"), 400, "size");
		assertThat(this.http.get(path + "?page=&size=&q=&status=&recommended=&sort=").status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/workspaces/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/assessments").status())
			.isEqualTo(404);
		assertThat(this.http.get("/api/v1/workspaces/short/assessments").status()).isEqualTo(404);
	}

	@Test
	void comparingShowsScoresRecommendationsAndWhichAnswersDiffer() {
		String a = create("Small", MONOLITH, null).json().get("viewKey").asString();
		String b = create("Large", LARGE, null).json().get("viewKey").asString();
		Http.Response response = this.http.get("/api/v1/compare?keys=" + a + "," + b);
		assertThat(response.status()).isEqualTo(200);
		JsonNode body = response.json();
		assertThat(body.get("architectures")).hasSize(4);
		assertThat(body.get("assessments")).hasSize(2);
		JsonNode first = body.get("assessments").get(0);
		assertThat(first.get("title").asString()).isEqualTo("Small");
		assertThat(first.get("recommended").asString()).isEqualTo("monolith");
		assertThat(first.get("status").asString()).isEqualTo("draft");
		assertThat(first.get("scores").get("monolith").asDouble()).isBetween(0.0, 100.0);
		JsonNode domainSize = answer(body, "domainSize");
		assertThat(domainSize.get("differs").asBoolean()).isTrue();
		assertThat(domainSize.get("values").get(0).asString()).isEqualTo("small");
		assertThat(domainSize.get("values").get(1).asString()).isEqualTo("large");
		JsonNode compliance = answer(body, "compliance");
		assertThat(compliance.get("differs").asBoolean()).isFalse();
		assertThat(compliance.get("values").get(0).isNull()).isTrue();
		assertThat(body.get("differingAnswers").asLong()).isGreaterThanOrEqualTo(5);
		String c = create("Third", MONOLITH, null).json().get("viewKey").asString();
		String d = create("Fourth", LARGE, null).json().get("viewKey").asString();
		assertThat(this.http.get("/api/v1/compare?keys=" + String.join(",", a, b, c, d)).json().get("assessments"))
			.hasSize(4);
	}

	@Test
	void comparingNeedsTwoToFourKnownKeys() {
		String a = create("One", MONOLITH, null).json().get("viewKey").asString();
		String b = create("Two", MONOLITH, null).json().get("viewKey").asString();
		assertProblem(this.http.get("/api/v1/compare"), 400, "keys");
		assertProblem(this.http.get("/api/v1/compare?keys=" + a), 400, "keys");
		assertProblem(this.http.get("/api/v1/compare?keys=" + a + "," + a), 400, "keys");
		assertProblem(this.http.get("/api/v1/compare?keys=" + String.join(",", a, b, key('1'), key('2'), key('3'))),
				400, "keys");
		Http.Response unknown = this.http.get("/api/v1/compare?keys=" + a + "," + key('9'));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(this.http.get("/api/v1/compare?keys=" + a + ",nonsense").status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/compare?keys=" + a + "&keys=" + b).status()).isEqualTo(200);
	}

	private JsonNode workspace(String name) {
		return this.http.postJson("/api/v1/workspaces", Map.of("name", name)).json();
	}

	private Http.Response create(String title, Map<String, Object> answers, String workspaceKey) {
		Map<String, Object> body = new HashMap<>(Map.of("title", title, "answers", answers));
		if (workspaceKey != null) {
			body.put("workspaceKey", workspaceKey);
		}
		return this.http.postJson("/api/v1/assessments", body);
	}

	private static String key(char c) {
		return String.valueOf(c).repeat(32);
	}

	private static JsonNode answer(JsonNode body, String trait) {
		return body.get("answers")
			.valueStream()
			.filter((a) -> a.get("trait").asString().equals(trait))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> titles(JsonNode page) {
		return page.get("items").valueStream().map((i) -> i.get("title").asString()).toList();
	}

	private static void assertProblem(Http.Response response, int status, String field) {
		assertThat(response.status()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(fields(response.json())).contains(field);
		assertThat(response.body()).doesNotContain("Exception");
	}

	private static List<String> fields(JsonNode problem) {
		return problem.get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

}
