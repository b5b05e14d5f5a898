package io.archfit.workspace.api;

import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import io.archfit.support.TeamCatalogueFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace's own catalogue over real HTTP: publishing versions with the workspace's
 * owner key, reading them with its view key, scoring new assessments and stateless
 * evaluations with it, and every way a document or a request can be refused, each problem
 * named by its JSON path.
 */
@AppTest
class TeamCatalogueApiTests {

	@LocalServerPort
	int port;

	Http http;

	String viewKey;

	String ownerKey;

	@BeforeEach
	void workspace() {
		this.http = new Http(this.port);
		JsonNode created = this.http.postJson("/api/v1/workspaces", Map.of("name", "Payments")).json();
		this.viewKey = created.get("viewKey").asString();
		this.ownerKey = created.get("ownerKey").asString();
	}

	@Test
	void theOwnerPublishesVersionsAndTheViewLinkReadsThem() {
		JsonNode before = this.http.get(path("")).json();
		assertThat(before.get("id").asString()).isEqualTo("archfit");
		assertThat(this.http.get(path("/versions")).json()).isEmpty();

		Http.Response first = publish(TeamCatalogueFixture.withTeamRules());
		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().get("version").asInt()).isEqualTo(1);
		String id = first.json().get("id").asString();
		assertThat(id).startsWith("team-").doesNotContain(this.viewKey).doesNotContain(this.ownerKey);
		assertThat(first.header("Location")).endsWith(path("/versions/1"));
		Http.Response second = publish(TeamCatalogueFixture.withWeights(TeamCatalogueFixture.withTeamRules(),
				TeamCatalogueFixture.workloadFirst()));
		assertThat(second.json().get("version").asInt()).isEqualTo(2);

		JsonNode inUse = this.http.get(path("")).json();
		assertThat(inUse.get("id").asString()).isEqualTo(id);
		assertThat(inUse.get("version").asString()).isEqualTo("2");
		assertThat(inUse.get("groups").get("workload").asDouble()).isEqualTo(0.7);
		assertThat(inUse.get("texts").get("de").get("knockout." + TeamCatalogueFixture.KNOCK_OUT).asString())
			.startsWith("Unsere Sicherheitsrichtlinie");
		JsonNode versions = this.http.get(path("/versions")).json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
		assertThat(versions.get(0).get("url").asString()).endsWith(path("/versions/1"));
		JsonNode one = this.http.get(path("/versions/1")).json();
		assertThat(one.get("version").asString()).isEqualTo("1");
		assertThat(one.get("groups").get("workload").asDouble()).isEqualTo(0.35);
		assertThat(one.get("texts").get("de").get("criterion.cost.name").asString())
			.as("a version carries the texts of the elements it took over, so later built-in texts leave it as it was")
			.isEqualTo("Ressourcennutzung und Kosteneffizienz");
		assertThat(one.get("texts").get("en").get("trait.domainSize.option.large").asString()).isEqualTo("Large");

		assertThat(this.http.get(path("/versions/3")).status()).isEqualTo(404);
		assertThat(this.http.get(path("/versions/0")).status()).isEqualTo(404);
		assertThat(this.http.get(path("/versions/v2")).status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/workspaces/" + this.ownerKey + "/catalogue").status()).isEqualTo(404);
	}

	@Test
	void onlyTheWorkspaceOwnerPublishes() {
		String doc = TeamCatalogueFixture.JSON.writeValueAsString(TeamCatalogueFixture.withTeamRules());
		Http.Response noHeader = this.http.sendJson("PUT", path(""), doc, Map.of());
		assertProblem(noHeader, 400, "X-Owner-Key");
		assertThat(this.http.sendJson("PUT", path(""), doc, Map.of("X-Owner-Key", this.viewKey)).status())
			.isEqualTo(403);
		String otherOwner = this.http.postJson("/api/v1/workspaces", Map.of("name", "Other"))
			.json()
			.get("ownerKey")
			.asString();
		assertThat(this.http.sendJson("PUT", path(""), doc, Map.of("X-Owner-Key", otherOwner)).status()).isEqualTo(403);
		assertThat(this.http
			.sendJson("PUT", "/api/v1/workspaces/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/catalogue", doc,
					Map.of("X-Owner-Key", this.ownerKey))
			.status()).isEqualTo(404);
		Http.Response text = this.http.send(HttpRequest.newBuilder(this.http.uri(path("")))
			.PUT(HttpRequest.BodyPublishers.ofString(doc))
			.header("Content-Type", "text/plain")
			.header("X-Owner-Key", this.ownerKey)
			.build());
		assertThat(text.status()).isEqualTo(415);
		assertThat(this.http.get(path("/versions")).json()).isEmpty();
	}

	@Test
	void aDocumentMayComeAsYaml() {
		String yaml = io.archfit.workspace.catalogue.CatalogueFormats
			.yaml(TeamCatalogueFixture.JSON.writeValueAsString(TeamCatalogueFixture.withTeamRules()));
		Http.Response published = this.http.send(HttpRequest.newBuilder(this.http.uri(path("")))
			.PUT(HttpRequest.BodyPublishers.ofString(yaml))
			.header("Content-Type", "application/yaml")
			.header("X-Owner-Key", this.ownerKey)
			.build());
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		assertThat(this.http.get(path("")).json().get("texts").get("en").get("trait.cardData.label").asString())
			.isEqualTo(TeamCatalogueFixture.QUESTION_LABEL);
		Http.Response broken = this.http.send(HttpRequest.newBuilder(this.http.uri(path("")))
			.PUT(HttpRequest.BodyPublishers.ofString("groups: [unclosed\n  - {a: "))
			.header("Content-Type", "application/yaml")
			.header("X-Owner-Key", this.ownerKey)
			.build());
		assertProblem(broken, 400, "$");
		assertThat(broken.body()).contains("not valid YAML");
	}

	@Test
	void aDocumentThatIsNoCatalogueIsRefused() {
		assertProblem(publishText("{\"version\": "), 400, "$");
		assertProblem(publishText("[1, 2]"), 400, "$");
		assertProblem(publishText("{}"), 400, "$");
		Http.Response tooLarge = publishText("{\"x\": \"" + "a".repeat(300_000) + "\"}");
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(this.http.get(path("/versions")).json()).isEmpty();
	}

	@Test
	void everyProblemOfADocumentIsListedWithItsPath() {
		Http.Response response = publish(change((doc) -> {
			ArrayNode rules = (ArrayNode) doc.get("rules");
			rules.add(rules.get(0).deepCopy());
			((ObjectNode) rules.get(1)).putArray("criteria").add("happiness");
			((ObjectNode) doc.get("groups")).put("workload", 0.5);
			((ObjectNode) doc.get("texts").get("en")).put("trait.cardData.label", "Card\u0000data?");
			((ObjectNode) doc.get("references").get(0)).put("id", "bad id");
		}));
		assertProblem(response, 400, "$.rules[" + (count("rules") - 0) + "]", "$.rules[1].criteria[0]", "$.groups",
				"$.texts.en.trait.cardData.label", "$.references[0]");
		assertThat(response.body()).contains("duplicate rule id")
			.contains("unknown criterion 'happiness'")
			.contains("weights must add up to 1")
			.contains("must not contain control characters");
		assertThat(this.http.get(path("/versions")).json()).isEmpty();
	}

	@Test
	void referencesToUnknownIdsAreRefused() {
		assertProblem(publish(change((doc) -> {
			ObjectNode knockOut = (ObjectNode) last(doc, "knockOuts");
			knockOut.put("architecture", "mainframe");
			((ArrayNode) knockOut.get("sources")).set(0, "nobody-2030");
			((ObjectNode) last(doc, "rules").get("when")).put("trait", "cardDetails");
		})), 400, "$.knockOuts[" + (count("knockOuts") - 1) + "]",
				"$.knockOuts[" + (count("knockOuts") - 1) + "].sources", "$.rules[" + (count("rules") - 1) + "].when");
	}

	@Test
	void listsAndNestingAreBounded() {
		assertProblem(publish(change((doc) -> {
			ArrayNode criteria = (ArrayNode) doc.get("criteria");
			for (int i = criteria.size(); i <= 40; i++) {
				criteria.addObject().put("id", "extra-" + i).put("group", "delivery").put("kind", "difference");
			}
		})), 400, "$.criteria");
		assertProblem(publish(change((doc) -> {
			ArrayNode options = (ArrayNode) last(doc, "traits").get("options");
			for (int i = 0; i < 11; i++) {
				options.add("option-" + i);
			}
		})), 400, "$.traits[" + (count("traits") - 1) + "].options");
		assertProblem(publish(change((doc) -> {
			ArrayNode rules = (ArrayNode) doc.get("rules");
			JsonNode template = last(doc, "rules");
			for (int i = rules.size(); i <= 400; i++) {
				rules.add(((ObjectNode) template.deepCopy()).put("id", "extra-" + i));
			}
		})), 400, "$.rules");
		assertProblem(publish(change((doc) -> {
			ObjectNode when = (ObjectNode) last(doc, "rules").get("when");
			JsonNode test = when.deepCopy();
			JsonNode nested = test.deepCopy();
			for (int depth = 0; depth < 5; depth++) {
				ObjectNode group = TeamCatalogueFixture.JSON.createObjectNode();
				group.putArray("all").add(nested).add(test.deepCopy());
				nested = group;
			}
			((ObjectNode) last(doc, "rules")).set("when", nested);
		})), 400, "$.rules[" + (count("rules") - 1) + "].when.all[0].all[0].all[0].all[0]");
		assertProblem(publish(change((doc) -> {
			ObjectNode en = (ObjectNode) doc.get("texts").get("en");
			for (int i = 0; i < 3000; i++) {
				en.put("rule.r" + i, "x");
			}
		})), 400, "$.texts");
	}

	@Test
	void aTeamCatalogueKeepsTheArchitecturesAndStepsAndHasEveryText() {
		assertProblem(publish(change((doc) -> {
			ArrayNode architectures = (ArrayNode) doc.get("architectures");
			architectures.insert(0, architectures.remove(1));
		})), 400, "$.architectures");
		assertProblem(publish(change((doc) -> {
			ArrayNode steps = (ArrayNode) doc.get("steps");
			steps.insert(0, steps.remove(1));
		})), 400, "$.steps");
		assertProblem(
				publish(change(
						(doc) -> ((ObjectNode) doc.get("texts").get("de")).remove("trait.cardData.option.some"))),
				400, "$.texts.de.trait.cardData.option.some");
		assertProblem(publish(change((doc) -> ((ObjectNode) doc.get("texts").get("en")).put("rule.nothing", "x"))), 400,
				"$.texts.en.rule.nothing");
	}

	@Test
	void newAssessmentsInTheWorkspaceAreScoredWithItsCatalogue() {
		assertProblem(createAssessment(TeamCatalogueFixture.CARD_PAYMENTS, this.ownerKey), 400, "answers.cardData");
		publish(TeamCatalogueFixture.withTeamRules());

		Http.Response created = createAssessment(TeamCatalogueFixture.CARD_PAYMENTS, this.ownerKey);
		assertThat(created.status()).isEqualTo(201);
		JsonNode read = this.http.get("/api/v1/assessments/" + created.json().get("viewKey").asString()).json();
		String id = this.http.get(path("")).json().get("id").asString();
		assertThat(read.get("catalogue").get("id").asString()).isEqualTo(id);
		assertThat(read.get("catalogue").get("version").asString()).isEqualTo("1");
		JsonNode evaluation = read.get("evaluation");
		assertThat(evaluation.get("catalogue").get("id").asString()).isEqualTo(id);
		assertThat(evaluation.get("confidenceTrackRecord").isNull())
			.as("a team's catalogue is not measured on the public cases")
			.isTrue();
		JsonNode serverless = ranked(evaluation, "serverless");
		assertThat(serverless.get("viable").asBoolean()).isFalse();
		assertThat(serverless.get("blockers").valueStream().map((b) -> b.get("reason").asString()))
			.contains(TeamCatalogueFixture.KNOCK_OUT_REASON);

		assertProblem(createAssessment(TeamCatalogueFixture.CARD_PAYMENTS, null), 400, "answers.cardData");
		Map<String, Object> plain = new HashMap<>(TeamCatalogueFixture.CARD_PAYMENTS);
		plain.remove(TeamCatalogueFixture.QUESTION);
		JsonNode outside = this.http
			.get("/api/v1/assessments/" + createAssessment(plain, null).json().get("viewKey").asString())
			.json();
		assertThat(outside.get("catalogue").get("id").asString()).isEqualTo("archfit");
		assertThat(ranked(outside.get("evaluation"), "serverless").get("viable").asBoolean()).isTrue();
		assertThat(outside.get("evaluation").get("confidenceTrackRecord").get("corpus").asInt()).isPositive();
	}

	@Test
	void anEvaluationNamesTheWorkspaceByItsViewKey() {
		publish(TeamCatalogueFixture.withTeamRules());
		Http.Response scored = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS, "workspace", this.viewKey));
		assertThat(scored.status()).isEqualTo(200);
		assertThat(scored.json().get("catalogue").get("id").asString()).startsWith("team-");
		assertThat(scored.json().get("catalogue").get("version").asString()).isEqualTo("1");
		assertThat(ranked(scored.json(), "serverless").get("viable").asBoolean()).isFalse();

		assertProblem(
				this.http.postJson("/api/v1/evaluations",
						Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS, "workspace", this.ownerKey)),
				400, "workspace");
		assertProblem(this.http.postJson("/api/v1/evaluations",
				Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS, "workspace", 42)), 400, "workspace");
		Map<String, Object> plain = new HashMap<>(TeamCatalogueFixture.CARD_PAYMENTS);
		plain.remove(TeamCatalogueFixture.QUESTION);
		JsonNode builtIn = this.http.postJson("/api/v1/evaluations", Map.of("answers", plain)).json();
		assertThat(builtIn.get("catalogue").get("id").asString()).isEqualTo("archfit");
	}

	@Test
	void anEvaluationCanNameAnAssessmentWhoseWorkspaceCatalogueScoresIt() {
		publish(TeamCatalogueFixture.withTeamRules());
		Http.Response created = createAssessment(Map.of("domainSize", "small"), this.ownerKey);
		assertThat(created.status()).isEqualTo(201);
		String assessment = created.json().get("viewKey").asString();

		Http.Response scored = this.http.postJson("/api/v1/evaluations",
				Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS, "assessment", assessment));
		assertThat(scored.status()).isEqualTo(200);
		assertThat(scored.json().get("catalogue").get("id").asString()).startsWith("team-");
		assertThat(ranked(scored.json(), "serverless").get("viable").asBoolean()).isFalse();

		String outside = createAssessment(Map.of("domainSize", "small"), null).json().get("viewKey").asString();
		assertProblem(
				this.http.postJson("/api/v1/evaluations",
						Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS, "assessment", outside)),
				400, "answers." + TeamCatalogueFixture.QUESTION);
		assertProblem(this.http.postJson("/api/v1/evaluations", Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS,
				"assessment", created.json().get("ownerKey").asString())), 400, "assessment");
		assertProblem(this.http.postJson("/api/v1/evaluations", Map.of("answers", TeamCatalogueFixture.CARD_PAYMENTS,
				"assessment", assessment, "workspace", this.viewKey)), 400, "assessment");
	}

	private Http.Response createAssessment(Map<String, Object> answers, String workspaceKey) {
		Map<String, Object> body = new HashMap<>(Map.of("title", "Card payments", "answers", answers));
		if (workspaceKey != null) {
			body.put("workspaceKey", workspaceKey);
		}
		return this.http.postJson("/api/v1/assessments", body);
	}

	private static JsonNode ranked(JsonNode evaluation, String architecture) {
		return evaluation.get("ranking")
			.valueStream()
			.filter((r) -> r.get("architecture").asString().equals(architecture))
			.findFirst()
			.orElseThrow();
	}

	private Http.Response publish(ObjectNode doc) {
		return publishText(TeamCatalogueFixture.JSON.writeValueAsString(doc));
	}

	private Http.Response publishText(String json) {
		return this.http.sendJson("PUT", path(""), json, Map.of("X-Owner-Key", this.ownerKey));
	}

	private String path(String rest) {
		return "/api/v1/workspaces/" + this.viewKey + "/catalogue" + rest;
	}

	private static ObjectNode change(Consumer<ObjectNode> change) {
		ObjectNode doc = TeamCatalogueFixture.withTeamRules();
		change.accept(doc);
		return doc;
	}

	private static JsonNode last(ObjectNode doc, String list) {
		return doc.get(list).get(doc.get(list).size() - 1);
	}

	private static int count(String list) {
		return TeamCatalogueFixture.withTeamRules().get(list).size();
	}

	private static void assertProblem(Http.Response response, int status, String... fields) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").valueStream().map((e) -> e.get("field").asString()).toList())
			.as(response.body())
			.contains(fields);
		assertThat(response.body()).doesNotContain("Exception");
	}

}
