package io.archfit.export.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Exports over real HTTP: the ADR against its golden file, JSON export → import → export
 * keeps the contents, hostile imports are refused naming the problem, CSV is an
 * attachment.
 */
@AppTest
class ExportApiTests {

	static final Path GOLDEN = Path.of("src/test/resources/export/golden-adr.md");

	static final Map<String, Object> ANSWERS = Map.ofEntries(Map.entry("domainSize", "medium"),
			Map.entry("boundaryClarity", "clear"), Map.entry("trafficPattern", "spiky"),
			Map.entry("monthlyRequests", 5_000_000), Map.entry("peakToAverage", 5), Map.entry("avgDurationMs", 100),
			Map.entry("memoryMb", 512), Map.entry("taskDuration", "subsecond"), Map.entry("eventDriven", "event-core"),
			Map.entry("teamCount", "few"), Map.entry("engineers", 12), Map.entry("devopsMaturity", "medium"),
			Map.entry("observability", "centralized"), Map.entry("lockInTolerance", "medium"));

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void markdownAdrMatchesTheGoldenFile() throws IOException {
		String viewKey = create("Image <pipeline> *v2*");
		Http.Response response = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=markdown");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualToIgnoringCase("text/markdown;charset=UTF-8");
		assertThat(response.header("Content-Disposition")).contains("attachment").contains("image-pipeline-v2-adr.md");
		String normalised = response.body()
			.replaceAll("(?m)^date: \\d{4}-\\d{2}-\\d{2}$", "date: DATE")
			.replace("http://127.0.0.1:" + this.port + "/a/" + viewKey, "VIEW_URL")
			.replace("http://localhost:" + this.port + "/a/" + viewKey, "VIEW_URL");
		if (Boolean.getBoolean("archfit.golden.update")) {
			Files.writeString(GOLDEN, normalised, StandardCharsets.UTF_8);
		}
		assertThat(normalised).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
		assertThat(normalised).contains("## Context and Problem Statement", "## Decision Drivers",
				"## Considered Options", "## Decision Outcome", "### Consequences", "## Pros and Cons of the Options",
				"## More Information", "Good, because", "Bad, because");
		assertThat(normalised).contains("Image &lt;pipeline&gt; \\*v2\\*").doesNotContain("<pipeline>");
	}

	@Test
	void jsonExportImportExportKeepsTheContents() {
		String viewKey = create("Round trip");
		JsonNode first = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=json").json();
		assertThat(first.get("schemaVersion").asInt()).isEqualTo(1);
		Http.Response imported = this.http.postJson("/api/v1/assessments/import", first.toString());
		assertThat(imported.status()).isEqualTo(201);
		String newViewKey = imported.json().get("viewKey").asString();
		assertThat(newViewKey).isNotEqualTo(viewKey);
		assertThat(imported.json().get("ownerKey").asString()).hasSize(32);
		JsonNode second = this.http.get("/api/v1/assessments/" + newViewKey + "/export?format=json").json();
		for (String field : List.of("title", "description", "answers", "priorities", "assumptions")) {
			assertThat(second.get(field)).as(field).isEqualTo(first.get(field));
		}
	}

	@Test
	void importKeepsTheCostAssumptionsOfTheDocument() {
		Map<String, Object> assumptions = Map.of("vcpuHourUsd", 0.05, "minTasks", 3, "servicesCount", 7,
				"gatewayPerMillionUsd", 0.0);
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Priced", "answers", ANSWERS, "assumptions", assumptions));
		assertThat(created.status()).isEqualTo(201);
		String viewKey = created.json().get("viewKey").asString();
		JsonNode first = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=json").json();
		assertThat(first.get("assumptions").propertyNames()).containsExactlyInAnyOrderElementsOf(assumptions.keySet());
		Http.Response imported = this.http.postJson("/api/v1/assessments/import", first.toString());
		assertThat(imported.status()).isEqualTo(201);
		JsonNode second = this.http
			.get("/api/v1/assessments/" + imported.json().get("viewKey").asString() + "/export?format=json")
			.json();
		assertThat(second.get("assumptions")).isEqualTo(first.get("assumptions"));
		assertThat(second.get("recommended")).isEqualTo(first.get("recommended"));
	}

	@Test
	void hugeNumbersInAnImportAreRefusedNamingTheirField() {
		Http.Response hugeVersion = this.http.postJson("/api/v1/assessments/import",
				"{\"schemaVersion\": 123456789012345678901234567890, \"title\": \"x\"}");
		assertThat(hugeVersion.status()).isEqualTo(400);
		assertThat(hugeVersion.contentType()).startsWith("application/problem+json");
		assertThat(hugeVersion.json().get("errors").get(0).get("field").asString()).isEqualTo("schemaVersion");
		Http.Response hugeNumber = this.http.postJson("/api/v1/assessments/import",
				"{\"schemaVersion\": 1, \"title\": \"x\", \"answers\": {\"monthlyRequests\": 1e400}, "
						+ "\"assumptions\": {\"vcpuHourUsd\": 1e400}}");
		assertThat(hugeNumber.status()).isEqualTo(400);
		assertThat(hugeNumber.body()).contains("answers.monthlyRequests", "assumptions.vcpuHourUsd");
	}

	@Test
	void hostileImportsAreRefusedNamingTheProblemAndCreateNothing() {
		Http.Response wrongVersion = this.http.postJson("/api/v1/assessments/import",
				"{\"schemaVersion\": 9, \"title\": \"x\"}");
		assertThat(wrongVersion.status()).isEqualTo(400);
		assertThat(wrongVersion.contentType()).startsWith("application/problem+json");
		assertThat(wrongVersion.body()).contains("schemaVersion");

		Http.Response wrongTypes = this.http.postJson("/api/v1/assessments/import",
				"{\"schemaVersion\": 1, \"title\": [], \"answers\": {\"teamCount\": 3}, \"owner\": \"me\"}");
		assertThat(wrongTypes.status()).isEqualTo(400);
		assertThat(wrongTypes.body()).contains("\"title\"", "answers.teamCount", "\"owner\"");

		Http.Response malformed = this.http.postJson("/api/v1/assessments/import", "{\"schemaVersion\": 1,");
		assertThat(malformed.status()).isEqualTo(400);
	}

	@Test
	void csvIsAnAttachmentOfScores() {
		String viewKey = create("=cmd|' /C calc'!A0");
		Http.Response csv = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition")).startsWith("attachment");
		assertThat(csv.body()).startsWith("\"Criterion\",\"Weight (%)\",\"Modular monolith\"");
		Http.Response unknown = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=pdf");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("format");
	}

	@Test
	void downloadsFromTheReportAreAttachments() {
		String viewKey = create("Downloads");
		Http.Response md = this.http.get("/a/" + viewKey + "/export.md");
		assertThat(md.status()).isEqualTo(200);
		assertThat(md.header("Content-Disposition")).contains("downloads-adr.md");
		assertThat(this.http.get("/a/" + viewKey).body()).contains("/a/" + viewKey + "/export.md");
		assertThat(this.http.get("/a/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/export.md").status()).isEqualTo(404);
	}

	@Test
	void theRecordedDecisionCommentsAndVotesAreExported() {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Decided", "answers", ANSWERS));
		String viewKey = created.json().get("viewKey").asString();
		Map<String, String> owner = Map.of("X-Owner-Key", created.json().get("ownerKey").asString());
		this.http.postJson("/api/v1/assessments/" + viewKey + "/comments", Map.of("author", "Ana", "body", "Fine"));
		this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/votes",
				Map.of("voter", "Ben", "architecture", "hybrid"), Map.of());
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/decision", Map.of("status", "in-review"), owner)
			.status()).isEqualTo(200);
		assertThat(
				this.http
					.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/decision",
							Map.of("status", "accepted", "architecture", "hybrid", "rationale", "Room to grow",
									"deciders", "Ana, Ben"),
							owner)
					.status())
			.isEqualTo(200);

		String adr = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=markdown").body();
		assertThat(adr).contains("status: accepted", "deciders: \"Ana, Ben\"", "Chosen option: \"Hybrid\"",
				"Room to grow");
		JsonNode json = this.http.get("/api/v1/assessments/" + viewKey + "/export?format=json").json();
		assertThat(json.get("status").asString()).isEqualTo("accepted");
		assertThat(json.get("decision").get("architecture").asString()).isEqualTo("hybrid");
		assertThat(json.get("comments").get(0).get("body").asString()).isEqualTo("Fine");
		assertThat(json.get("votes").get(0).get("architecture").asString()).isEqualTo("hybrid");
	}

	@Test
	void openApiDocumentsTheExportsWithExamples() {
		String docs = this.http.get("/v3/api-docs").body();
		assertThat(docs).contains("/api/v1/assessments/{viewKey}/export", "/api/v1/assessments/import",
				"2026-11-26T10:00:00Z", "text/markdown");
	}

	private String create(String title) {
		Http.Response created = this.http.postJson("/api/v1/assessments", Map.of("title", title, "description",
				"Resizes <b>uploads</b>", "answers", ANSWERS, "priorities", List.of("cost", "operations")));
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("viewKey").asString();
	}

}
