package io.archfit.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.review.Comments;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace moved to another installation as one JSON archive, over real HTTP: export
 * (API with X-Owner-Key, owner page), import (API, page) under new keys, and the same
 * reports afterwards: recommendation, scores, revisions, comments (hidden ones too),
 * votes, status and decision, a superseded decision pointing at its replacement. Bad
 * archives are refused whole, naming each problem by its JSON path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:archives;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.workspace-archive.max-size=200KB", "archfit.rate-limit.creations-per-minute=0" })
class WorkspaceArchiveTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{32}");

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Comments comments;

	@Autowired
	JdbcTemplate jdbc;

	Http http;

	/** The team's workspace: view key, owner key. */
	String viewKey;

	String ownerKey;

	/** Every key handed out for the original workspace. */
	final Set<String> keys = new LinkedHashSet<>();

	/** View keys of the original assessments: accepted, superseded, draft. */
	final List<String> assessmentViews = new ArrayList<>();

	final List<String> assessmentOwners = new ArrayList<>();

	@BeforeEach
	void team() {
		this.http = new Http(this.port);
		Http.Response workspace = this.http.postJson("/api/v1/workspaces", Map.of("name", "Payments team"));
		this.viewKey = key(workspace.json().get("viewKey").asString());
		this.ownerKey = key(workspace.json().get("ownerKey").asString());

		String checkout = created("Checkout", Map.of("domainSize", "small", "teamCount", "one"));
		String checkoutOwner = this.assessmentOwners.get(0);
		assertThat(
				this.http.sendJson("PUT", "/api/v1/assessments/" + checkout + "/answers",
						Map.of("answers", Map.of("domainSize", "large", "teamCount", "many", "trafficPattern", "spiky"),
								"priorities", List.of("cost")),
						Map.of("X-Owner-Key", checkoutOwner))
					.status())
			.isEqualTo(200);
		comment(checkout, "Ana", "Fits the spiky traffic.");
		comment(checkout, "Ben", "What about latency?");
		long hidden = this.comments.post(this.assessments.byViewKey(checkout), "Spam", "Buy now").id();
		this.comments.setHidden(this.assessments.byViewKey(checkout), hidden, true);
		vote(checkout, "Ana", "recommended");
		vote(checkout, "Ben", "monolith");
		decide(checkout, checkoutOwner, Map.of("status", "in-review"));
		decide(checkout, checkoutOwner, Map.of("status", "accepted", "architecture", "monolith", "rationale",
				"One team for now.", "deciders", "Ana and Ben"));

		String legacy = created("Legacy checkout", Map.of("domainSize", "medium"));
		String legacyOwner = this.assessmentOwners.get(1);
		decide(legacy, legacyOwner, Map.of("status", "in-review"));
		decide(legacy, legacyOwner, Map.of("status", "rejected", "rationale", "Too early."));
		decide(legacy, legacyOwner, Map.of("status", "superseded", "supersededBy", checkout));

		Assessments.Owned draft = this.assessments.startDraft("Draft", Answers.of(Map.of("domainSize", "large")),
				this.workspaces.byViewKey(this.viewKey).id());
		key(draft.assessment().viewKey());
		key(draft.ownerKey());
		this.assessmentViews.add(draft.assessment().viewKey());
	}

	@Test
	void exportImportGivesTheSameReportsUnderNewKeys() {
		Http.Response exported = export(this.viewKey, this.ownerKey);
		assertThat(exported.status()).isEqualTo(200);
		assertThat(exported.header("Content-Disposition")).contains("attachment", "payments-team-workspace.json");
		String archive = exported.body();
		assertThat(this.keys.stream().filter(archive::contains).toList()).as("keys in the archive").isEmpty();
		JsonNode tree = JSON.readTree(archive);
		assertThat(tree.get("schemaVersion").asInt()).isEqualTo(2);
		assertThat(tree.get("assessments")).hasSize(3);
		assertThat(tree.get("assessments").get(0).get("comments")).hasSize(3);

		Http.Response imported = this.http.postJson("/api/v1/workspaces/import", archive);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		String newView = imported.json().get("workspace").get("viewKey").asString();
		String newOwner = imported.json().get("workspace").get("ownerKey").asString();
		List<String> newViews = new ArrayList<>();
		imported.json().get("assessments").forEach((a) -> newViews.add(a.get("viewKey").asString()));
		List<String> newOwners = new ArrayList<>();
		imported.json().get("assessments").forEach((a) -> newOwners.add(a.get("ownerKey").asString()));
		assertThat(newViews).hasSize(3).doesNotContainAnyElementsOf(this.keys);
		assertThat(newOwners).doesNotContainAnyElementsOf(this.keys);
		assertThat(List.of(newView, newOwner)).doesNotContainAnyElementsOf(this.keys);

		for (int i = 0; i < 2; i++) {
			String before = this.assessmentViews.get(i);
			String after = newViews.get(i);
			JsonNode was = this.http.get("/api/v1/assessments/" + before).json();
			JsonNode is = this.http.get("/api/v1/assessments/" + after).json();
			for (String field : List.of("title", "status", "revision", "catalogueVersion", "answers", "priorities",
					"evaluation")) {
				assertThat(is.get(field)).as("%s of assessment %d", field, i).isEqualTo(was.get(field));
			}
			assertThat(this.http.get("/api/v1/assessments/" + after + "/votes").json())
				.isEqualTo(this.http.get("/api/v1/assessments/" + before + "/votes").json());
			assertThat(withoutIds(this.http.get("/api/v1/assessments/" + after + "/revisions").json()))
				.isEqualTo(withoutIds(this.http.get("/api/v1/assessments/" + before + "/revisions").json()));
			assertThat(bodies(this.http
				.sendJson("GET", "/api/v1/assessments/" + after + "/comments", null,
						Map.of("X-Owner-Key", newOwners.get(i)))
				.json()))
				.isEqualTo(bodies(this.http.sendJson("GET", "/api/v1/assessments/" + before + "/comments", null,
						Map.of("X-Owner-Key", this.assessmentOwners.get(i)))
					.json()))
				.hasSize((i == 0) ? 3 : 0);
		}
		JsonNode decision = this.http.get("/api/v1/assessments/" + newViews.get(0) + "/decision").json();
		assertThat(decision.get("status").asString()).isEqualTo("accepted");
		assertThat(decision.get("architecture").asString()).isEqualTo("monolith");
		assertThat(decision.get("rationale").asString()).isEqualTo("One team for now.");
		JsonNode superseded = this.http.get("/api/v1/assessments/" + newViews.get(1) + "/decision").json();
		assertThat(superseded.get("status").asString()).isEqualTo("superseded");
		assertThat(superseded.toString()).contains(newViews.get(0)).doesNotContain(this.assessmentViews.get(0));
		assertThat(this.http.get("/o/" + newOwners.get(2) + "/wizard/2").status()).as("the draft goes on")
			.isEqualTo(200);

		String again = export(newView, newOwner).body();
		assertThat(withoutExportTime(again)).as("the imported workspace exports as the original did")
			.isEqualTo(withoutExportTime(archive));
		assertThat(this.http.get("/w/" + newView).body()).contains("Payments team", "Checkout", "Legacy checkout");
	}

	@Test
	void theOwnerPageOffersTheDownloadAndTheImportPageShowsTheNewLinksOnce() {
		FormClient browser = new FormClient(this.port);
		String owner = browser.get("/wo/" + this.ownerKey).body();
		assertThat(owner).contains("href=\"/wo/" + this.ownerKey + "/export.json\"");
		Http.Response download = browser.get("/wo/" + this.ownerKey + "/export.json");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.header("Content-Disposition")).contains("attachment");
		assertThat(browser.get("/workspaces/import").body()).contains("Import a workspace", "up to 200 KB",
				"name=\"file\"");
		Http.Response page = browser.post("/workspaces/import", "document", download.body());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("The workspace was imported with 3 assessment(s).", "Checkout",
				"Legacy checkout");
		Matcher workspaceOwner = Pattern.compile("id=\"workspace-owner-link\" href=\"[^\"]*/wo/(" + KEY + ")\"")
			.matcher(page.body());
		assertThat(workspaceOwner.find()).isTrue();
		assertThat(browser.get("/wo/" + workspaceOwner.group(1)).body()).contains("Payments team", "Checkout");
		assertThat(browser.get("/wo/" + io.archfit.system.AccessKeys.newKey() + "/export.json").status())
			.isEqualTo(404);
		assertThat(browser.get("/wo/" + this.viewKey + "/export.json").status()).as("the view key").isEqualTo(404);
	}

	@Test
	void badArchivesAreRefusedWholeNamingEveryProblemByItsPath() {
		ObjectNode archive = (ObjectNode) JSON.readTree(export(this.viewKey, this.ownerKey).body());
		ObjectNode first = (ObjectNode) archive.get("assessments").get(0);
		((ObjectNode) first.get("answers")).put("teamCount", "dozens");
		((ObjectNode) first.get("revisions").get(1)).put("number", 1);
		((ObjectNode) first.get("votes").get(1)).put("voter", "ANA");
		ObjectNode second = (ObjectNode) archive.get("assessments").get(1);
		((ObjectNode) second.get("decision")).put("supersededBy", 7);
		second.put("status", "finished");
		((ObjectNode) first.get("comments").get(0)).put("body", "x".repeat(4001));
		((ObjectNode) first.get("comments").get(1)).put("createdAt", "yesterday");
		archive.put("owner", "Eve");
		int workspacesBefore = count("workspace");
		int assessmentsBefore = count("assessment");

		Http.Response refused = this.http.postJson("/api/v1/workspaces/import", archive.toString());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach((error) -> fields.add(error.get("field").asString()));
		assertThat(fields).contains("assessments[0].answers.teamCount", "assessments[0].revisions[1].number",
				"assessments[0].votes[1].voter", "assessments[1].decision.supersededBy", "assessments[1].status",
				"assessments[0].comments[0].body", "assessments[0].comments[1].createdAt", "owner");
		assertThat(count("workspace")).as("nothing stored").isEqualTo(workspacesBefore);
		assertThat(count("assessment")).isEqualTo(assessmentsBefore);

		FormClient browser = new FormClient(this.port);
		browser.get("/workspaces/import");
		Http.Response page = browser.post("/workspaces/import", "document", archive.toString());
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("The archive could not be imported", "assessments[0].answers.teamCount",
				"assessments[0].comments[1].createdAt");

		assertThat(this.http.postJson("/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": ").status())
			.isEqualTo(400);
		Http.Response single = this.http.postJson("/api/v1/workspaces/import",
				Map.of("schemaVersion", 1, "title", "An assessment export"));
		assertThat(single.status()).isEqualTo(400);
		assertThat(single.body()).contains("\"name\"", "\"assessments\"", "\"title\"");
		Http.Response large = this.http.postJson("/api/v1/workspaces/import",
				Map.of("schemaVersion", 1, "name", "x".repeat(300_000)));
		assertThat(large.status()).as("above archfit.workspace-archive.max-size").isEqualTo(413);
		assertThat(export(this.viewKey, io.archfit.system.AccessKeys.newKey()).status()).isEqualTo(403);
		assertThat(this.http.get("/api/v1/workspaces/" + this.viewKey + "/export").status()).isEqualTo(400);
		assertThat(count("workspace")).isEqualTo(workspacesBefore);
	}

	private Http.Response export(String view, String owner) {
		return this.http.sendJson("GET", "/api/v1/workspaces/" + view + "/export", null, Map.of("X-Owner-Key", owner));
	}

	private String created(String title, Map<String, Object> answers) {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", title, "answers", answers, "workspaceKey", this.ownerKey));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String view = key(created.json().get("viewKey").asString());
		this.assessmentOwners.add(key(created.json().get("ownerKey").asString()));
		this.assessmentViews.add(view);
		return view;
	}

	private void comment(String view, String author, String body) {
		assertThat(
				this.http.postJson("/api/v1/assessments/" + view + "/comments", Map.of("author", author, "body", body))
					.status())
			.isEqualTo(201);
	}

	private void vote(String view, String voter, String architecture) {
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + view + "/votes",
					Map.of("voter", voter, "architecture", architecture), Map.of())
			.status()).isEqualTo(200);
	}

	private void decide(String view, String owner, Map<String, Object> change) {
		Http.Response decided = this.http.sendJson("PUT", "/api/v1/assessments/" + view + "/decision", change,
				Map.of("X-Owner-Key", owner));
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
	}

	private String key(String key) {
		this.keys.add(key);
		return key;
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static List<String> bodies(JsonNode comments) {
		List<String> bodies = new ArrayList<>();
		JsonNode items = comments.has("comments") ? comments.get("comments") : comments;
		items.forEach((comment) -> bodies.add(comment.get("author").asString() + ": " + comment.get("body").asString()
				+ (comment.path("hidden").asBoolean(false) ? " (hidden)" : "")));
		return bodies;
	}

	private static String withoutIds(JsonNode node) {
		return node.toString().replaceAll("\"id\":\\d+,?", "");
	}

	private static String withoutExportTime(String archive) {
		return archive.replaceFirst("\"exportedAt\" : \"[^\"]+\"", "");
	}

}
