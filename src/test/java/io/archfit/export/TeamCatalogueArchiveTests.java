package io.archfit.export;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import io.archfit.support.TeamCatalogueFixture;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace with a catalogue of its own moved to another installation, over real HTTP:
 * the archive carries every published version (numbers and times kept) and the draft, and
 * each assessment names the catalogue it was scored with, so the imported assessments
 * read the same, the team's hard limit included; one moved in from another team keeps
 * that team's catalogue. A broken version document is refused with the path of each
 * problem inside the archive.
 */
@AppTest
class TeamCatalogueArchiveTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	@Autowired
	TeamCatalogues teamCatalogues;

	Http http;

	String viewKey;

	String ownerKey;

	@BeforeEach
	void workspace() {
		this.http = new Http(this.port);
		JsonNode created = this.http.postJson("/api/v1/workspaces", Map.of("name", "Card payments")).json();
		this.viewKey = created.get("viewKey").asString();
		this.ownerKey = created.get("ownerKey").asString();
	}

	@Test
	void theWorkspacesOwnCatalogueMovesWithItsAssessments() {
		publish(this.viewKey, this.ownerKey, TeamCatalogueFixture.withTeamRules());
		String first = create("Checkout", this.ownerKey);
		publish(this.viewKey, this.ownerKey, TeamCatalogueFixture.withWeights(TeamCatalogueFixture.withTeamRules(),
				TeamCatalogueFixture.workloadFirst()));
		String second = create("Refunds", this.ownerKey);
		this.teamCatalogues.derive(this.workspaces.byViewKey(this.viewKey).id());

		JsonNode other = this.http.postJson("/api/v1/workspaces", Map.of("name", "Fraud team")).json();
		publish(other.get("viewKey").asString(), other.get("ownerKey").asString(),
				TeamCatalogueFixture.withTeamRules());
		Http.Response movedIn = this.http.postJson("/api/v1/assessments", Map.of("title", "Fraud checks",
				"workspaceKey", other.get("ownerKey").asString(), "answers", TeamCatalogueFixture.CARD_PAYMENTS));
		String moved = movedIn.json().get("viewKey").asString();
		this.workspaces.moveIn(this.ownerKey, movedIn.json().get("ownerKey").asString());
		publish(other.get("viewKey").asString(), other.get("ownerKey").asString(), TeamCatalogueFixture
			.withWeights(TeamCatalogueFixture.withTeamRules(), TeamCatalogueFixture.workloadFirst()));

		String archive = this.http
			.sendJson("GET", "/api/v1/workspaces/" + this.viewKey + "/export", null,
					Map.of("X-Owner-Key", this.ownerKey))
			.body();
		JsonNode tree = WorkspaceArchiveTests.JSON.readTree(archive);
		assertThat(tree.get("schemaVersion").asInt()).isEqualTo(2);
		JsonNode catalogues = tree.get("catalogues");
		assertThat(catalogues).hasSize(2);
		assertThat(catalogues.get(0).get("key").asString()).isEqualTo("workspace");
		assertThat(catalogues.get(0).get("versions")).hasSize(2);
		assertThat(catalogues.get(0).get("draft").isObject()).as("the draft").isTrue();
		assertThat(catalogues.get(1).get("key").asString()).isEqualTo("other-1");
		assertThat(catalogues.get(1).get("versions")).as("of another team's catalogue, only what its assessments use")
			.hasSize(1);
		assertThat(catalogues.get(1).has("draft") && !catalogues.get(1).get("draft").isNull()).isFalse();
		assertThat(tree.get("assessments").get(0).get("catalogue").asString()).isEqualTo("workspace");
		assertThat(tree.get("assessments").get(0).get("catalogueVersion").asString()).isEqualTo("1");
		assertThat(tree.get("assessments").get(2).get("catalogue").asString()).isEqualTo("other-1");

		Http.Response imported = this.http.postJson("/api/v1/workspaces/import", archive);
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		String newView = imported.json().get("workspace").get("viewKey").asString();
		List<String> newViews = new ArrayList<>();
		imported.json().get("assessments").forEach((a) -> newViews.add(a.get("viewKey").asString()));

		JsonNode inUse = this.http.get("/api/v1/workspaces/" + newView + "/catalogue").json();
		assertThat(inUse.get("version").asString()).isEqualTo("2");
		assertThat(inUse.get("id").asString()).startsWith("team-")
			.isNotEqualTo(
					this.http.get("/api/v1/workspaces/" + this.viewKey + "/catalogue").json().get("id").asString());
		JsonNode versions = this.http.get("/api/v1/workspaces/" + newView + "/catalogue/versions").json();
		JsonNode originalVersions = this.http.get("/api/v1/workspaces/" + this.viewKey + "/catalogue/versions").json();
		assertThat(versions).hasSize(2);
		assertThat(versions.get(0).get("publishedAt")).isEqualTo(originalVersions.get(0).get("publishedAt"));
		assertThat(this.teamCatalogues.draft(this.workspaces.byViewKey(newView).id())).as("the draft").isPresent();

		List<String> originals = List.of(first, second, moved);
		for (int i = 0; i < originals.size(); i++) {
			JsonNode was = this.http.get("/api/v1/assessments/" + originals.get(i)).json();
			JsonNode is = this.http.get("/api/v1/assessments/" + newViews.get(i)).json();
			for (String field : List.of("catalogueVersion", "answers", "recommended")) {
				assertThat(is.get(field)).as("%s of assessment %d", field, i).isEqualTo(was.get(field));
			}
			assertThat(withoutCatalogueId(is.get("evaluation"))).as("evaluation of assessment %d", i)
				.isEqualTo(withoutCatalogueId(was.get("evaluation")));
		}
		assertThat(this.http.get("/a/" + newViews.get(0)).body()).as("the team's hard limit, on the report")
			.contains(TeamCatalogueFixture.KNOCK_OUT_REASON);
	}

	@Test
	void aBrokenVersionOrAnUnknownCatalogueIsRefusedNamingWhereItIs() {
		publish(this.viewKey, this.ownerKey, TeamCatalogueFixture.withTeamRules());
		create("Checkout", this.ownerKey);
		String archive = this.http
			.sendJson("GET", "/api/v1/workspaces/" + this.viewKey + "/export", null,
					Map.of("X-Owner-Key", this.ownerKey))
			.body();
		ObjectNode tree = (ObjectNode) WorkspaceArchiveTests.JSON.readTree(archive);
		ObjectNode document = (ObjectNode) tree.get("catalogues").get(0).get("versions").get(0).get("document");
		ArrayNode rules = (ArrayNode) document.get("rules");
		((ObjectNode) rules.get(0).get("when")).put("trait", "cardDetails");
		((ObjectNode) tree.get("assessments").get(0)).put("catalogue", "elsewhere");
		((ObjectNode) tree.get("catalogues").get(0)).put("key", "Built In");

		Http.Response refused = this.http.postJson("/api/v1/workspaces/import",
				WorkspaceArchiveTests.JSON.writeValueAsString(tree));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("catalogues[0].versions[0].document.rules[0].when",
				"unknown trait 'cardDetails'", "catalogues[0].key", "assessments[0].catalogue");
	}

	private void publish(String view, String owner, ObjectNode document) {
		Http.Response published = this.http
			.send(HttpRequest.newBuilder(this.http.uri("/api/v1/workspaces/" + view + "/catalogue"))
				.PUT(HttpRequest.BodyPublishers.ofString(TeamCatalogueFixture.JSON.writeValueAsString(document)))
				.header("Content-Type", "application/json")
				.header("X-Owner-Key", owner)
				.build());
		assertThat(published.status()).as(published.body()).isEqualTo(201);
	}

	private String create(String title, String workspaceOwner) {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", title, "workspaceKey", workspaceOwner, "answers", TeamCatalogueFixture.CARD_PAYMENTS));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("viewKey").asString();
	}

	private static JsonNode withoutCatalogueId(JsonNode evaluation) {
		ObjectNode copy = (ObjectNode) evaluation.deepCopy();
		copy.remove("catalogue");
		copy.remove("catalogueId");
		return copy;
	}

}
