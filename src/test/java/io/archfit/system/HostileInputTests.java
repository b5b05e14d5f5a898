package io.archfit.system;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.archfit.assessment.Assessments;
import io.archfit.assessment.StatusChange;
import io.archfit.evaluation.Answers;
import io.archfit.review.Comments;
import io.archfit.system.HostileInputCorpus.ApiField;
import io.archfit.system.HostileInputCorpus.FormField;
import io.archfit.system.HostileInputCorpus.Hostile;
import io.archfit.system.HostileInputCorpus.QueryField;
import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;
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
	Comments comments;

	@Autowired
	Workspaces workspaces;

	@Autowired
	DataSource dataSource;

	final List<String> failures = new ArrayList<>();

	int sent;

	int serverErrors;

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
				Target target = target(field);
				String[] form = fill(field.form(), target);
				form = withValue(form, field.field(), hostile.value());
				Http.Response response = browser.post(fill(field.path(), target), form);
				checkForm(field, hostile, response);
			}
			if (!checksRequestParsing()) {
				continue;
			}
			Target target = target(field);
			byte[] invalidUtf8 = ("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&"
					+ encoded(withValue(fill(field.form(), target), field.field(), "")) + "&" + field.field()
					+ "=%C3%28%FF%FE")
				.getBytes(StandardCharsets.ISO_8859_1);
			check("form " + field.path() + " " + field.field() + " invalid UTF-8",
					browser.postBytes(fill(field.path(), target), "application/x-www-form-urlencoded", invalidUtf8),
					false);
			Http.Response noCsrf = new FormClient(this.port).post(fill(field.path(), target),
					fill(field.form(), target));
			check("form " + field.path() + " without CSRF", noCsrf, true);
			assertStatus("form " + field.path() + " without CSRF", noCsrf, 403);
			Http.Response oversized = browser.post(fill(field.path(), target),
					withValue(fill(field.form(), target), field.field(), "y".repeat(300_000)));
			check("form " + field.path() + " oversized", oversized, true);
		}
		for (ApiField field : API_FIELDS) {
			for (Hostile hostile : CORPUS) {
				Target target = target(field.inReview());
				String body = field.template().replace("@", JSON.writeValueAsString(hostile.value()));
				boolean bad = switch (field.kind()) {
					case CLOSED -> hostile.badClosed();
					case TEXT -> hostile.badText();
					case REQUIRED_TEXT -> hostile.badText() || hostile.blank();
					case IGNORED -> false;
				};
				checkApi(field, hostile.name(), send(http, field, target, body, "application/json"), bad, false);
			}
			for (String value : checksRequestParsing() ? JSON_VALUES : List.<String>of()) {
				Target target = target(field.inReview());
				boolean malformed = value.equals("NaN") || value.startsWith("[[") || field.template().contains("{@");
				boolean container = value.startsWith("[") || value.startsWith("{");
				boolean bad = malformed || switch (field.kind()) {
					case CLOSED -> field.template().equals("@")
							|| !(value.equals("-0") || value.equals("{}") || value.equals("[]"));
					case TEXT, REQUIRED_TEXT -> container;
					case IGNORED -> false;
				};
				Http.Response response = send(http, field, target, field.template().replace("@", value),
						"application/json");
				checkApi(field, value.substring(0, Math.min(value.length(), 12)), response, bad, malformed);
			}
		}
		for (ApiField route : checksRequestParsing() ? API_BODIES : List.<ApiField>of()) {
			Target target = target(false);
			String valid = route.template();
			String unknownField = valid.replaceFirst("\\{", "{\"unexpected\": 1, ");
			checkApi(route, "unknown field", send(http, route, target, unknownField, "application/json"), true, false);
			checkApi(route, "malformed",
					send(http, route, target, valid.substring(0, valid.length() - 1) + ",", "application/json"), true,
					true);
			checkApi(route, "empty", send(http, route, target, "", "application/json"), true, true);
			checkApi(route, "not JSON", send(http, route, target, "answers=1", "application/json"), true, true);
			checkApi(route, "deep", send(http, route, target, "[".repeat(5000) + "]".repeat(5000), "application/json"),
					true, true);
			// above the largest body any route takes: a workspace archive (1 MB under
			// @AppTest)
			Http.Response oversized = send(http, route, target, "{\"x\": \"" + "a".repeat(1_100_000) + "\"}",
					"application/json");
			check("api " + route.path() + " oversized", oversized, true);
			assertStatus("api " + route.path() + " oversized", oversized, 413);
			Http.Response wrongType = send(http, route, target, valid, "text/plain");
			check("api " + route.path() + " text/plain", wrongType, true);
			assertStatus("api " + route.path() + " text/plain", wrongType, 415);
			Http.Response invalidUtf8 = sendBytes(http, route, target,
					new byte[] { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' });
			checkApi(route, "invalid UTF-8", invalidUtf8, true, true);
		}
		Target target = target(false);
		for (Hostile hostile : CORPUS) {
			String encoded = URLEncoder.encode(hostile.value(), StandardCharsets.UTF_8).replace("+", "%20");
			if (encoded.isEmpty() || hostile.name().equals("long")) {
				continue;
			}
			check("done " + hostile.name(), http.get("/a/" + target.viewKey() + "?done=" + encoded), false);
			check("done " + hostile.name(), http.get("/o/" + target.ownerKey() + "?done=" + encoded), false);
			check("path " + hostile.name(), http.get("/a/" + encoded), true);
			check("path " + hostile.name(), http.get("/o/" + target.ownerKey() + "/wizard/" + encoded), true);
			check("path " + hostile.name(), http.get("/api/v1/assessments/" + encoded), true);
			check("format " + hostile.name(),
					http.get("/api/v1/assessments/" + target.viewKey() + "/export?format=" + encoded), true);
			check("comment id " + hostile.name(),
					browser.post("/o/" + target.ownerKey() + "/comments/" + encoded + "/hide"), true);
			check("owner header " + hostile.name(),
					http.sendJson("PUT", "/api/v1/assessments/" + target.viewKey() + "/answers", ANSWERS,
							Map.of("X-Owner-Key", hostile.value().replaceAll("[^\\x20-\\x7e]", "x"))),
					true);
		}
		for (QueryField field : QUERY_FIELDS) {
			for (Hostile hostile : CORPUS) {
				checkQuery(http, field, hostile.name(), hostile.value(), switch (field.kind()) {
					case CLOSED -> hostile.badClosed();
					case TEXT -> hostile.badText();
					case REQUIRED_TEXT -> hostile.badText() || hostile.blank();
					case IGNORED -> false;
				});
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
				database, this.sent, this.serverErrors, logged.size(), logged5xx,
				this.failures.size() - this.serverErrors);
		assertThat(this.failures).isEmpty();
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
			check(label, response, true);
			if (response.status() == 422 && !response.body().contains("name=\"file\"")) {
				this.failures.add(label + ": the form did not come back with the field");
			}
		}
		byte[] invalidUtf8 = { '{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
		check("upload invalid UTF-8", browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(csrf, "file", invalidUtf8)), true);
		Http.Response tooLargeFile = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(csrf, "file", "{\"a\": \"" + "a".repeat(210_000) + "\"}"));
		check("upload over the import limit", tooLargeFile, true);
		if (!tooLargeFile.body().contains("name=\"file\"")) {
			this.failures.add("upload over the import limit: the form did not come back with the field");
		}
		Http.Response tooLargeBody = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				multipart(csrf, "file", "a".repeat(2_000_000)));
		check("upload over the request limit", tooLargeBody, true);
		assertStatus("upload over the request limit", tooLargeBody, 413);
		Http.Response noBoundary = browser.postBytes("/import", "multipart/form-data",
				multipart(csrf, "file", "{}".getBytes(StandardCharsets.UTF_8)));
		check("upload without boundary", noBoundary, true);
		assertStatus("upload without boundary", noBoundary, 400);
		Http.Response notMultipart = browser.postBytes("/import", "multipart/form-data; boundary=" + BOUNDARY,
				"_csrf=x&document=%7B%7D".getBytes(StandardCharsets.UTF_8));
		check("upload not multipart", notMultipart, true);
	}

	/**
	 * Form bodies far over the limit, announced and streamed in chunks: refused with 413
	 * (or 400 when the connection is cut) without a stack trace, and without the language
	 * switch reading the body.
	 */
	private void oversizedForms(FormClient browser, String csrf) {
		Target target = target(false);
		byte[] body = ("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&lang=de&title="
				+ "y".repeat(2_000_000))
			.getBytes(StandardCharsets.US_ASCII);
		for (String path : List.of("/assessments/new", "/a/" + target.viewKey() + "/what-if",
				"/o/" + target.ownerKey() + "/assumptions", "/workspaces", "/import")) {
			Http.Response announced = browser.postBytes(path, "application/x-www-form-urlencoded", body);
			check("form " + path + " 2 MB", announced, true);
			assertStatus("form " + path + " 2 MB", announced, 413);
			assertNoInternals("form " + path + " 2 MB", announced);
			Http.Response chunked = new Http(this.port).send(HttpRequest.newBuilder(URI.create(base() + path))
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.build());
			check("form " + path + " 2 MB chunked", chunked, true);
			assertNoInternals("form " + path + " 2 MB chunked", chunked);
		}
	}

	private void checkQuery(Http http, QueryField field, String name, String value, boolean bad) {
		Target target = target(false);
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
		check(label, response, bad);
		if (!bad || response.status() != 400 || !field.named()) {
			return;
		}
		if (field.api()) {
			checkApi(new ApiField("GET", field.path(), "", field.param(), field.kind(), false, false), name, response,
					true, false);
			this.sent--;
		}
		else if (!response.body().contains("name=\"" + field.param() + "\"")
				&& !response.body().contains("filter-error-" + field.param())) {
			this.failures.add(label + ": the page does not name the field");
		}
	}

	/** An error body without stack trace, class or server names. */
	private void assertNoInternals(String label, Http.Response response) {
		for (String internal : List.of("Exception", "at org.", "at java.", "org.apache", "io.archfit", "Tomcat")) {
			if (response.body().contains(internal)) {
				this.failures.add(label + ": the body shows " + internal);
			}
		}
	}

	static final String BOUNDARY = "hostile-boundary-7d1f";

	private static byte[] multipart(String csrf, String name, String content) {
		return multipart(csrf, name, content.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(String csrf, String name, byte[] content) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"; filename=\"export.json\"\r\nContent-Type: application/json\r\n\r\n";
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	/** The statuses of every request in the request log. */
	static List<Integer> loggedStatuses(CapturedOutput output) {
		List<Integer> statuses = new ArrayList<>();
		Matcher matcher = LOGGED_STATUS.matcher(output.getOut());
		while (matcher.find()) {
			statuses.add(Integer.parseInt(matcher.group(1)));
		}
		return statuses;
	}

	static final Pattern LOGGED_STATUS = Pattern
		.compile("io\\.archfit\\.requests\\s+: request method=\\S+ path=\\S* status=(\\d+)");

	static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR .*$");

	/**
	 * No request answered 5xx as the request log saw it, and nothing logged as an error.
	 */
	static void assertCleanLog(CapturedOutput output) {
		List<Integer> statuses = loggedStatuses(output);
		assertThat(statuses).as("requests in the request log").isNotEmpty();
		assertThat(statuses).as("statuses in the request log").allMatch((status) -> status < 500);
		List<String> errors = new ArrayList<>();
		Matcher matcher = ERROR_LINE.matcher(output.getAll());
		while (matcher.find()) {
			errors.add(matcher.group());
		}
		assertThat(errors).as("lines logged at ERROR").isEmpty();
	}

	private String database() {
		try (java.sql.Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	@Test
	void theRequestLogShowsTheStatusSentAlsoWhenTheContainersErrorPageSetsIt(CapturedOutput output) {
		Http http = new Http(this.port);
		Http.Response invalidUtf8 = http.send(HttpRequest.newBuilder(URI.create(base() + "/assessments/new"))
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 't', '=', '%', 'C', '3', '%', '2', '8' }))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Request-Id", "hostile-log-1")
			.build());
		assertThat(invalidUtf8.status()).isEqualTo(400);
		byte[] twoMegabytes = ("t=" + "y".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);
		Http.Response chunked = http.send(HttpRequest.newBuilder(URI.create(base() + "/workspaces"))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(twoMegabytes)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Request-Id", "hostile-log-2")
			.build());
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(output.getOut()).containsPattern(
				"\\[hostile-log-1\\] io\\.archfit\\.requests\\s+: request method=POST path=/assessments/new status=400 ")
			.containsPattern(
					"\\[hostile-log-2\\] io\\.archfit\\.requests\\s+: request method=POST path=/workspaces status=413 ");
		assertCleanLog(output);
	}

	/**
	 * A form refused for its size (up to 2 MB) is read to its end before the connection
	 * closes, so a client that goes on sending after the answer has begun, as browsers
	 * do, gets the complete 413 page and not a reset.
	 */
	@Test
	void aRefusedLargeFormIsReadToItsEndAndGetsItsWholeAnswer(CapturedOutput output) throws Exception {
		byte[] body = ("_csrf=x&title=" + "y".repeat(2_000_000)).getBytes(StandardCharsets.US_ASCII);
		for (int attempt = 0; attempt < 3; attempt++) {
			try (Socket socket = new Socket()) {
				// A small send buffer, so the body cannot hide in socket buffers: it is
				// sent only as fast as the server reads it.
				socket.setSendBufferSize(16_384);
				socket.connect(new InetSocketAddress("127.0.0.1", this.port));
				socket.setSoTimeout(10_000);
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				out.write(("POST /assessments/new HTTP/1.1\r\nHost: 127.0.0.1\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				// The server decides on the announced length: its answer begins before
				// the
				// body has been sent.
				int first = in.read();
				out.write(body);
				out.flush();
				String answer = (char) first + new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
				assertThat(answer).as("attempt %d", attempt).startsWith("HTTP/1.1 413").contains("</html>");
			}
		}
		assertCleanLog(output);
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

	// checks

	private void checkForm(FormField field, Hostile hostile, Http.Response response) {
		boolean bad = switch (field.kind()) {
			case CLOSED -> hostile.badClosed();
			case TEXT -> hostile.badText();
			case REQUIRED_TEXT -> hostile.badText() || hostile.blank();
			case IGNORED -> false;
		};
		String label = "form " + field.path() + " " + field.field() + "=" + hostile.name();
		check(label, response, bad);
		if (bad && response.status() == 422 && !response.body().contains("name=\"" + field.field() + "\"")) {
			this.failures.add(label + ": the form did not come back with the field");
		}
	}

	private void checkApi(ApiField field, String what, Http.Response response, boolean bad, boolean malformed) {
		String label = "api " + field.method() + " " + field.path() + " " + field.field() + "=" + what;
		check(label, response, bad);
		if (bad && response.status() == 400) {
			if (!response.contentType().startsWith("application/problem+json")) {
				this.failures.add(label + ": 400 without a problem document");
				return;
			}
			List<String> named = new ArrayList<>();
			response.json().path("errors").forEach((error) -> named.add(error.path("field").asString()));
			boolean names = named.stream()
				.anyMatch((name) -> name.equals(field.field()) || name.startsWith(field.field())
						|| field.field().startsWith(name) || (malformed && name.equals("body"))
						|| field.field().equals("body"));
			if (!names) {
				this.failures.add(label + ": problem names " + named + " instead of " + field.field() + " in "
						+ response.body().substring(0, Math.min(300, response.body().length())));
			}
		}
	}

	/**
	 * No 5xx; a bad value answered 4xx; no HTML response with markup of the corpus
	 * unescaped.
	 */
	private void check(String label, Http.Response response, boolean bad) {
		this.sent++;
		int status = response.status();
		if (status >= 500) {
			this.serverErrors++;
			this.failures.add(label + ": " + status);
			return;
		}
		if (bad && (status < 400 || status >= 500)) {
			this.failures.add(label + ": accepted with " + status);
		}
		if (response.contentType().startsWith("text/html")
				&& (response.body().contains("<script>alert") || response.body().contains("<img src=x"))) {
			this.failures.add(label + ": markup reflected unescaped");
		}
	}

	private void assertStatus(String label, Http.Response response, int expected) {
		if (response.status() != expected) {
			this.failures.add(label + ": " + response.status() + " instead of " + expected);
		}
	}

	// requests

	/** A fresh assessment for each request, so one request never spoils the next. */
	record Target(String viewKey, String ownerKey, String version, String recommended, String workspaceViewKey,
			String workspaceOwnerKey) {

	}

	/**
	 * A fresh target for a form: with a derived catalogue draft only for the catalogue
	 * forms, which are the only ones that need one (deriving writes the whole catalogue).
	 */
	private Target target(FormField field) {
		return target(field.inReview(), field.path().startsWith("/wo/{wowner}/catalogue/"));
	}

	private Target target(boolean inReview) {
		return target(inReview, false);
	}

	private Target target(boolean inReview, boolean draft) {
		Assessments.Owned owned = this.assessments.create("Checkout", null,
				Answers.of(Map.of("domainSize", "small", "teamCount", "one")), List.of());
		if (inReview) {
			this.assessments.changeStatus(owned.ownerKey(), new StatusChange("in-review", null, null, null, null));
		}
		var assessment = this.assessments.byOwnerKey(owned.ownerKey());
		Workspaces.Owned workspace = this.workspaces.create("Team");
		if (draft) {
			this.teamCatalogues.derive(workspace.workspace().id());
		}
		return new Target(assessment.viewKey(), owned.ownerKey(), Long.toString(assessment.version()),
				assessment.recommended(), workspace.workspace().viewKey(), workspace.ownerKey());
	}

	private Http.Response send(Http http, ApiField field, Target target, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType);
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", ownerKey(field, target));
		}
		return http.send(request.build());
	}

	private Http.Response sendBytes(Http http, ApiField field, Target target, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json");
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", ownerKey(field, target));
		}
		return http.send(request.build());
	}

	/** The owner key of what the route's path names: a workspace's or an assessment's. */
	private static String ownerKey(ApiField field, Target target) {
		return field.path().contains("{wview}") ? target.workspaceOwnerKey() : target.ownerKey();
	}

	private String url(ApiField field, Target target) {
		return "http://127.0.0.1:" + this.port + fill(field.path(), target);
	}

	private static String fill(String text, Target target) {
		return text.replace("{wview}", target.workspaceViewKey())
			.replace("{wowner}", target.workspaceOwnerKey())
			.replace("{view}", target.viewKey())
			.replace("{owner}", target.ownerKey())
			.replace("{version}", target.version())
			.replace("{recommended}", (target.recommended() != null) ? target.recommended() : "");
	}

	private static String[] fill(String[] form, Target target) {
		String[] filled = new String[form.length];
		for (int i = 0; i < form.length; i++) {
			filled[i] = fill(form[i], target);
		}
		return filled;
	}

	private static String[] withValue(String[] form, String field, String value) {
		List<String> pairs = new ArrayList<>(List.of(form));
		boolean found = false;
		for (int i = 0; i < pairs.size(); i += 2) {
			if (pairs.get(i).equals(field)) {
				pairs.set(i + 1, value);
				found = true;
			}
		}
		if (!found) {
			pairs.add(field);
			pairs.add(value);
		}
		return pairs.toArray(String[]::new);
	}

	private static String encoded(String[] form) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < form.length; i += 2) {
			if (!form[i + 1].isEmpty()) {
				pairs.add(URLEncoder.encode(form[i], StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(form[i + 1], StandardCharsets.UTF_8));
			}
		}
		return String.join("&", pairs);
	}

}
