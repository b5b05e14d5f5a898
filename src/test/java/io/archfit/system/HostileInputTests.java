package io.archfit.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.archfit.assessment.Assessments;
import io.archfit.assessment.StatusChange;
import io.archfit.evaluation.Answers;
import io.archfit.system.HostileInputCorpus.ApiField;
import io.archfit.system.HostileInputCorpus.FormField;
import io.archfit.system.HostileInputCorpus.Hostile;
import io.archfit.system.HostileInputCorpus.QueryField;
import io.archfit.system.HostileRequests.Target;
import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.archfit.system.HostileInputCorpus.ANSWERS;
import static io.archfit.system.HostileInputCorpus.API_BODIES;
import static io.archfit.system.HostileInputCorpus.API_FIELDS;
import static io.archfit.system.HostileInputCorpus.ASSUMPTION_FIELDS;
import static io.archfit.system.HostileInputCorpus.CORPUS;
import static io.archfit.system.HostileInputCorpus.FORM_FIELDS;
import static io.archfit.system.HostileInputCorpus.JSON_VALUES;
import static io.archfit.system.HostileInputCorpus.QUERY_FIELDS;
import static io.archfit.system.HostileRequests.BOUNDARY;
import static io.archfit.system.HostileRequests.encoded;
import static io.archfit.system.HostileRequests.fill;
import static io.archfit.system.HostileRequests.multipart;
import static io.archfit.system.HostileRequests.withValue;
import static io.archfit.system.RequestLogAssertions.assertCleanLog;
import static io.archfit.system.RequestLogAssertions.loggedStatuses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input on every form field and API field (T1): injection strings, over-long,
 * empty, control characters, NUL, invalid UTF-8, bidi overrides, emoji, huge numbers,
 * wrong JSON types, deep nesting, unknown fields, malformed JSON, oversized bodies, wrong
 * content types and missing CSRF tokens. Expected: no 5xx ever; every bad value a 4xx
 * (forms re-render the field with its message, the API answers problem+json naming the
 * field); no HTML response reflects markup unescaped; stored hostile values come out
 * escaped on every page and in every export.
 *
 * <p>
 * What is sent is in {@link HostileInputCorpus}.
 */
@ExtendWith(OutputCaptureExtension.class)
@AppTest
class HostileInputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	TeamCatalogues teamCatalogues;

	@Autowired
	Workspaces workspaces;

	@Autowired
	DataSource dataSource;

	final HostileVerdicts verdicts = new HostileVerdicts();

	HostileRequests requests;

	@BeforeEach
	void requests() {
		this.requests = new HostileRequests(this.port, this.assessments, this.workspaces, this.teamCatalogues);
	}

	/**
	 * Whether to send what is refused before any value reaches the database as well
	 * (invalid UTF-8, missing CSRF tokens, oversized and malformed bodies, JSON values of
	 * the wrong type): the same on every database, so checked once, on H2.
	 */
	protected boolean checksRequestParsing() {
		return true;
	}

	@Test
	void hostileInputIsRefusedCleanlyAndNeverReflectedUnescaped(CapturedOutput output) {
		FormClient browser = new FormClient(this.port);
		browser.get("/assessments/new");
		String csrf = browser.csrfToken();
		Http http = new Http(this.port);
		for (FormField field : Stream.concat(FORM_FIELDS.stream(), ASSUMPTION_FIELDS.stream()).toList()) {
			for (Hostile hostile : CORPUS) {
				Target target = this.requests.target(field);
				String[] form = fill(field.form(), target);
				form = withValue(form, field.field(), hostile.value());
				Http.Response response = browser.post(fill(field.path(), target), form);
				this.verdicts.form(field, hostile, response);
			}
			if (!checksRequestParsing()) {
				continue;
			}
			Target target = this.requests.target(field);
			byte[] invalidUtf8 = ("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&"
					+ encoded(withValue(fill(field.form(), target), field.field(), "")) + "&" + field.field()
					+ "=%C3%28%FF%FE")
				.getBytes(StandardCharsets.ISO_8859_1);
			this.verdicts.check("form " + field.path() + " " + field.field() + " invalid UTF-8",
					browser.postBytes(fill(field.path(), target), "application/x-www-form-urlencoded", invalidUtf8),
					false);
			Http.Response noCsrf = new FormClient(this.port).post(fill(field.path(), target),
					fill(field.form(), target));
			this.verdicts.check("form " + field.path() + " without CSRF", noCsrf, true);
			this.verdicts.status("form " + field.path() + " without CSRF", noCsrf, 403);
			Http.Response oversized = browser.post(fill(field.path(), target),
					withValue(fill(field.form(), target), field.field(), "y".repeat(300_000)));
			this.verdicts.check("form " + field.path() + " oversized", oversized, true);
		}
		for (ApiField field : API_FIELDS) {
			for (Hostile hostile : CORPUS) {
				Target target = this.requests.target(field.inReview());
				String body = field.template().replace("@", JSON.writeValueAsString(hostile.value()));
				boolean bad = HostileVerdicts.refuses(field.kind(), hostile);
				this.verdicts.api(field, hostile.name(),
						this.requests.send(http, field, target, body, "application/json"), bad, false);
			}
			for (String value : checksRequestParsing() ? JSON_VALUES : List.<String>of()) {
				Target target = this.requests.target(field.inReview());
				boolean malformed = value.equals("NaN") || value.startsWith("[[") || field.template().contains("{@");
				boolean container = value.startsWith("[") || value.startsWith("{");
				boolean bad = malformed || switch (field.kind()) {
					case CLOSED -> field.template().equals("@")
							|| !(value.equals("-0") || value.equals("{}") || value.equals("[]"));
					case TEXT, REQUIRED_TEXT -> container;
					case IGNORED -> false;
				};
				Http.Response response = this.requests.send(http, field, target, field.template().replace("@", value),
						"application/json");
				this.verdicts.api(field, value.substring(0, Math.min(value.length(), 12)), response, bad, malformed);
			}
		}
		for (ApiField route : checksRequestParsing() ? API_BODIES : List.<ApiField>of()) {
			Target target = this.requests.target(false);
			String valid = route.template();
			String unknownField = valid.replaceFirst("\\{", "{\"unexpected\": 1, ");
			this.verdicts.api(route, "unknown field",
					this.requests.send(http, route, target, unknownField, "application/json"), true, false);
			this.verdicts.api(route, "malformed", this.requests.send(http, route, target,
					valid.substring(0, valid.length() - 1) + ",", "application/json"), true, true);
			this.verdicts.api(route, "empty", this.requests.send(http, route, target, "", "application/json"), true,
					true);
			this.verdicts.api(route, "not JSON",
					this.requests.send(http, route, target, "answers=1", "application/json"), true, true);
			this.verdicts.api(route, "deep",
					this.requests.send(http, route, target, "[".repeat(5000) + "]".repeat(5000), "application/json"),
					true, true);
			// above the largest body any route takes: a workspace archive (1 MB under
			// @AppTest)
			Http.Response oversized = this.requests.send(http, route, target,
					"{\"x\": \"" + "a".repeat(1_100_000) + "\"}", "application/json");
			this.verdicts.check("api " + route.path() + " oversized", oversized, true);
			this.verdicts.status("api " + route.path() + " oversized", oversized, 413);
			Http.Response wrongType = this.requests.send(http, route, target, valid, "text/plain");
			this.verdicts.check("api " + route.path() + " text/plain", wrongType, true);
			this.verdicts.status("api " + route.path() + " text/plain", wrongType, 415);
			Http.Response invalidUtf8 = this.requests.sendBytes(http, route, target,
					new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' });
			this.verdicts.api(route, "invalid UTF-8", invalidUtf8, true, true);
		}
		Target target = this.requests.target(false);
		for (Hostile hostile : CORPUS) {
			String encoded = URLEncoder.encode(hostile.value(), StandardCharsets.UTF_8).replace("+", "%20");
			if (encoded.isEmpty() || hostile.name().equals("long")) {
				continue;
			}
			this.verdicts.check("done " + hostile.name(), http.get("/a/" + target.viewKey() + "?done=" + encoded),
					false);
			this.verdicts.check("done " + hostile.name(), http.get("/o/" + target.ownerKey() + "?done=" + encoded),
					false);
			this.verdicts.check("path " + hostile.name(), http.get("/a/" + encoded), true);
			this.verdicts.check("path " + hostile.name(), http.get("/o/" + target.ownerKey() + "/wizard/" + encoded),
					true);
			this.verdicts.check("path " + hostile.name(), http.get("/api/v1/assessments/" + encoded), true);
			this.verdicts.check("format " + hostile.name(),
					http.get("/api/v1/assessments/" + target.viewKey() + "/export?format=" + encoded), true);
			this.verdicts.check("comment id " + hostile.name(),
					browser.post("/o/" + target.ownerKey() + "/comments/" + encoded + "/hide"), true);
			this.verdicts.check("owner header " + hostile.name(),
					http.sendJson("PUT", "/api/v1/assessments/" + target.viewKey() + "/answers", ANSWERS,
							Map.of("X-Owner-Key", hostile.value().replaceAll("[^\\x20-\\x7e]", "x"))),
					true);
		}
		for (QueryField field : QUERY_FIELDS) {
			for (Hostile hostile : CORPUS) {
				checkQuery(http, field, hostile.name(), hostile.value(),
						HostileVerdicts.refuses(field.kind(), hostile));
			}
			checkQuery(http, field, "invalid UTF-8", null, false);
		}
		uploads(browser, csrf);
		if (checksRequestParsing()) {
			oversizedForms(browser, csrf);
		}
		String database = database();
		List<Integer> logged = loggedStatuses(output);
		long logged5xx = logged.stream().filter((status) -> status >= 500).count();
		System.out.printf(
				"Hostile input on %s: %d requests, %d 5xx (request log: %d requests, %d 5xx), %d other failures%n",
				database, this.verdicts.sent, this.verdicts.serverErrors, logged.size(), logged5xx,
				this.verdicts.failures.size() - this.verdicts.serverErrors);
		assertThat(this.verdicts.failures).isEmpty();
		assertCleanLog(output);
	}

	/**
	 * Uploads on the import page: hostile documents as a file, a file over the import
	 * limit, a body over the request limit, a multipart request without a boundary and
	 * one whose body is not multipart.
	 */
	private void uploads(FormClient browser, String csrf) {
		List<String> documents = new ArrayList<>(JSON_VALUES);
		CORPUS.forEach((hostile) -> documents.add(hostile.value()));
		documents.add("{\"schemaVersion\": 123456789012345678901234567890, \"title\": \"T\"}");
		documents.add("{\"schemaVersion\": 1, \"title\": \"T\", \"answers\": {\"monthlyRequests\": 1e400}}");
		documents.add("{\"schemaVersion\": 1, \"title\": \"<script>alert(1)</script>\", \"x\": 1}");
		for (String document : documents) {
			Http.Response response = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
					multipart(csrf, "file", document.getBytes(StandardCharsets.UTF_8)));
			String label = "upload " + document.substring(0, Math.min(document.length(), 12));
			this.verdicts.check(label, response, true);
			if (response.status() == 422 && !response.body().contains("name=\"file\"")) {
				this.verdicts.failures.add(label + ": the form did not come back with the field");
			}
		}
		byte[] invalidUtf8 = { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
		this.verdicts.check("upload invalid UTF-8", browser.postBytes("/import",
				"multipart/form-data; boundary=" + BOUNDARY, multipart(csrf, "file", invalidUtf8)), true);
		Http.Response tooLargeFile = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(csrf, "file", "{\"a\": \"" + "a".repeat(210_000) + "\"}"));
		this.verdicts.check("upload over the import limit", tooLargeFile, true);
		if (!tooLargeFile.body().contains("name=\"file\"")) {
			this.verdicts.failures.add("upload over the import limit: the form did not come back with the field");
		}
		Http.Response tooLargeBody = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(csrf, "file", "a".repeat(2_000_000)));
		this.verdicts.check("upload over the request limit", tooLargeBody, true);
		this.verdicts.status("upload over the request limit", tooLargeBody, 413);
		Http.Response noBoundary = browser.postBytes("/import", "multipart/form-data",
				multipart(csrf, "file", "{}".getBytes(StandardCharsets.UTF_8)));
		this.verdicts.check("upload without boundary", noBoundary, true);
		this.verdicts.status("upload without boundary", noBoundary, 400);
		Http.Response notMultipart = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				"_csrf=x&document=%7B%7D".getBytes(StandardCharsets.UTF_8));
		this.verdicts.check("upload not multipart", notMultipart, true);
	}

	/**
	 * Form bodies far over the limit, announced and streamed in chunks: refused with 413
	 * (or 400 when the connection is cut) without a stack trace, and without the language
	 * switch reading the body.
	 */
	private void oversizedForms(FormClient browser, String csrf) {
		Target target = this.requests.target(false);
		byte[] body = ("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&lang=de&title="
				+ "y".repeat(2_000_000))
			.getBytes(StandardCharsets.US_ASCII);
		for (String path : List.of("/assessments/new", "/a/" + target.viewKey() + "/what-if",
				"/o/" + target.ownerKey() + "/assumptions", "/workspaces", "/import")) {
			Http.Response announced = browser.postBytes(path, "application/x-www-form-urlencoded", body);
			this.verdicts.check("form " + path + " 2 MB", announced, true);
			this.verdicts.status("form " + path + " 2 MB", announced, 413);
			this.verdicts.noInternals("form " + path + " 2 MB", announced);
			Http.Response chunked = new Http(this.port)
				.send(HttpRequest.newBuilder(URI.create(this.requests.base() + path))
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.build());
			this.verdicts.check("form " + path + " 2 MB chunked", chunked, true);
			this.verdicts.noInternals("form " + path + " 2 MB chunked", chunked);
		}
	}

	private void checkQuery(Http http, QueryField field, String name, String value, boolean bad) {
		Target target = this.requests.target(false);
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < field.query().length; i += 2) {
			query.append(field.query()[i]).append('=').append(fill(field.query()[i + 1], target)).append('&');
		}
		query.append(field.param())
			.append('=')
			.append((value != null) ? URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
					: "%C3%28%FF%FE");
		Http.Response response = http.get(fill(field.path(), target) + "?" + query);
		String label = "query " + field.path() + " " + field.param() + "=" + name;
		this.verdicts.check(label, response, bad);
		if (!bad || response.status() != 400 || !field.named()) {
			return;
		}
		if (field.api()) {
			this.verdicts.api(new ApiField("GET", field.path(), "", field.param(), field.kind(), false, false), name,
					response, true, false);
			this.verdicts.sent--;
		}
		else if (!response.body().contains("name=\"" + field.param() + "\"")
				&& !response.body().contains("filter-error-" + field.param())) {
			this.verdicts.failures.add(label + ": the page does not name the field");
		}
	}

	private String database() {
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void storedHostileValuesComeOutEscapedOnEveryPageAndInEveryExport(CapturedOutput output) {
		String script = "<script>alert(1)</script>";
		String img = "\"><img src=x onerror=alert(1)>";
		String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
		Http http = new Http(this.port);
		Http.Response created = http.postJson("/api/v1/assessments", Map.of("title", script + " " + formula,
				"description", img + "\n" + formula, "answers", Map.of("domainSize", "small", "teamCount", "one")));
		assertThat(created.status()).isEqualTo(201);
		String view = created.json().get("viewKey").asString();
		String owner = created.json().get("ownerKey").asString();
		FormClient browser = new FormClient(this.port);
		browser.get("/a/" + view);
		assertThat(browser.post("/a/" + view + "/comments", "author", script, "body", img + " " + formula).status())
			.isEqualTo(302);
		assertThat(browser.post("/a/" + view + "/votes", "voter", img, "architecture", "recommended").status())
			.isEqualTo(302);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + view + "/decision", Map.of("status", "in-review"),
					Map.of("X-Owner-Key", owner))
			.status()).isEqualTo(200);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + view + "/decision",
					Map.of("status", "rejected", "rationale", script + formula, "deciders", img),
					Map.of("X-Owner-Key", owner))
			.status()).isEqualTo(200);

		List<String> pages = List.of("/a/" + view, "/o/" + owner, "/o/" + owner + "/edit", "/o/" + owner + "/delete",
				"/o/" + owner + "/wizard/1", "/o/" + owner + "/wizard/5", "/", "/a/" + view + "/export.md");
		int checked = 0;
		for (String page : pages) {
			Http.Response response = browser.get(page);
			assertThat(response.status()).as(page).isEqualTo(200);
			assertThat(response.body()).as(page).doesNotContain("<script>alert", "<img src=x", "\"><img");
			checked++;
		}
		assertThat(browser.get("/a/" + view).body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		String markdown = browser.get("/a/" + view + "/export.md").body();
		assertThat(markdown).contains("alert(1)");
		String csv = browser.get("/a/" + view + "/export.csv").body();
		for (String line : csv.split("\n")) {
			for (String cell : line.split(",")) {
				String text = cell.startsWith("\"") ? cell.substring(1) : cell;
				assertThat(text).as("CSV cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
			}
		}
		Http.Response json = browser.get("/a/" + view + "/export.json");
		assertThat(json.contentType()).startsWith("application/json");
		assertThat(json.json().toString()).contains("alert(1)");
		assertThat(checked).isEqualTo(pages.size());
		assertCleanLog(output);
	}

}
