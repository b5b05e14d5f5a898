package io.archfit.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.assessment.StatusChange;
import io.archfit.evaluation.Answers;
import io.archfit.review.Comments;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

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
 * To cover a new form or API field, add one line to {@link #FORM_FIELDS} or
 * {@link #API_FIELDS}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:hostile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
				"archfit.rate-limit.key-misses-per-minute=0", "archfit.rate-limit.creations-per-minute=0",
				"archfit.rate-limit.comments-per-minute=0", "archfit.rate-limit.votes-per-minute=0" })
class HostileInputTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * What a field accepts: CLOSED a fixed set or a number (every value of the corpus but
	 * "-0" and "" is wrong), TEXT free text (wrong when over-long or with control
	 * characters), REQUIRED_TEXT also wrong when blank, IGNORED anything.
	 */
	enum Kind {

		CLOSED, TEXT, REQUIRED_TEXT, IGNORED

	}

	/** One hostile value and whether it is wrong for free text and for closed fields. */
	record Hostile(String name, String value, boolean badText, boolean badClosed, boolean blank) {

	}

	static final List<Hostile> CORPUS = List.of(
	// @formatter:off
		new Hostile("sql", "' OR 1=1 --", false, true, false),
		new Hostile("script", "<script>alert(1)</script>", false, true, false),
		new Hostile("attribute", "\"><img src=x onerror=alert(1)>", false, true, false),
		new Hostile("mustache", "{{7*7}}", false, true, false),
		new Hostile("el", "${7*7}", false, true, false),
		new Hostile("spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", false, true, false),
		new Hostile("long", "x".repeat(10_001), true, true, false),
		new Hostile("empty", "", false, false, true),
		new Hostile("spaces", "   ", false, false, true),
		new Hostile("control", "red\u0001\u0007\u001b[31m", true, true, false),
		new Hostile("nul", "a\u0000b", true, true, false),
		new Hostile("rtl", "\u202Egnp.exe", false, true, false),
		new Hostile("emoji", "\uD83D\uDE00\uD83C\uDFD7\uFE0F \u6F22\u5B57", false, true, false),
		new Hostile("huge", "1e400", false, true, false),
		new Hostile("negativeZero", "-0", false, false, false),
		new Hostile("nan", "NaN", false, true, false),
		new Hostile("bigInteger", "123456789012345678901234567890", false, true, false)
	// @formatter:on
	);

	/** Raw JSON values of the wrong type or shape, for API fields. */
	static final List<String> JSON_VALUES = List.of("1e400", "-0", "NaN", "[]", "{}", "true",
			"123456789012345678901234567890", "[" + "[".repeat(3000) + "]".repeat(3000) + "]",
			"{\"a\": {\"b\": {\"c\": [1, {\"d\": null}]}}}");

	/** A form field of a route: the form it belongs to (valid as given) and its kind. */
	record FormField(String path, String field, Kind kind, boolean inReview, String... form) {

	}

	/**
	 * An API field: the request with {@code @} where the field's value goes (valid with
	 * {@code "ok"}-like values elsewhere), the field's path in problem documents.
	 */
	record ApiField(String method, String path, String template, String field, Kind kind, boolean ownerHeader,
			boolean inReview) {

	}

	static final List<FormField> FORM_FIELDS = List.of(
	// @formatter:off
		form("/assessments/new", "t.domainSize", Kind.CLOSED, "t.domainSize", "small"),
		form("/assessments/new", "t.boundaryClarity", Kind.CLOSED, "t.boundaryClarity", ""),
		form("/assessments/new", "t.dataConsistency", Kind.CLOSED, "t.dataConsistency", ""),
		form("/assessments/new", "t.statefulness", Kind.CLOSED, "t.statefulness", ""),
		form("/assessments/new", "t.loadDivergence", Kind.CLOSED, "t.loadDivergence", ""),
		form("/o/{owner}/wizard/2", "t.trafficPattern", Kind.CLOSED, "version", "{version}", "t.trafficPattern", ""),
		form("/o/{owner}/wizard/2", "t.monthlyRequests", Kind.CLOSED, "version", "{version}", "t.monthlyRequests", "1000"),
		form("/o/{owner}/wizard/2", "t.peakToAverage", Kind.CLOSED, "version", "{version}", "t.peakToAverage", "2.5"),
		form("/o/{owner}/wizard/2", "t.avgDurationMs", Kind.CLOSED, "version", "{version}", "t.avgDurationMs", ""),
		form("/o/{owner}/wizard/2", "t.memoryMb", Kind.CLOSED, "version", "{version}", "t.memoryMb", ""),
		form("/o/{owner}/wizard/2", "version", Kind.CLOSED, "version", "{version}"),
		form("/o/{owner}/wizard/2", "nav", Kind.IGNORED, "version", "{version}", "nav", "back"),
		form("/o/{owner}/wizard/3", "t.engineers", Kind.CLOSED, "version", "{version}", "t.engineers", "4"),
		form("/o/{owner}/wizard/3", "t.teamCount", Kind.CLOSED, "version", "{version}", "t.teamCount", "one"),
		form("/o/{owner}/wizard/4", "t.compliance", Kind.CLOSED, "version", "{version}", "t.compliance", ""),
		form("/o/{owner}/wizard/5", "title", Kind.REQUIRED_TEXT, "version", "{version}", "title", "Checkout"),
		form("/o/{owner}/wizard/5", "description", Kind.TEXT, "version", "{version}", "title", "Checkout", "description", ""),
		form("/o/{owner}/wizard/5", "priorities", Kind.CLOSED, "version", "{version}", "title", "Checkout", "priorities", "cost"),
		form("/o/{owner}/edit", "t.domainSize", Kind.CLOSED, "version", "{version}", "t.domainSize", "small"),
		form("/o/{owner}/edit", "t.engineers", Kind.CLOSED, "version", "{version}", "t.engineers", "4"),
		form("/o/{owner}/edit", "priorities", Kind.CLOSED, "version", "{version}", "priorities", "cost"),
		form("/o/{owner}/edit", "version", Kind.CLOSED, "version", "{version}"),
		form("/a/{view}/comments", "author", Kind.REQUIRED_TEXT, "author", "Ana", "body", "Fine"),
		form("/a/{view}/comments", "body", Kind.REQUIRED_TEXT, "author", "Ana", "body", "Fine"),
		form("/o/{owner}/comments", "body", Kind.REQUIRED_TEXT, "author", "Ana", "body", "Fine"),
		form("/a/{view}/votes", "voter", Kind.REQUIRED_TEXT, "voter", "Ana", "architecture", "recommended"),
		form("/a/{view}/votes", "architecture", Kind.CLOSED, "voter", "Ana", "architecture", "recommended"),
		form("/o/{owner}/decision", "status", Kind.CLOSED, "status", "in-review"),
		inReview("/o/{owner}/decision", "architecture", Kind.CLOSED, "status", "accepted", "architecture", "{recommended}", "rationale", "Fits"),
		inReview("/o/{owner}/decision", "rationale", Kind.TEXT, "status", "accepted", "architecture", "{recommended}", "rationale", "Fits"),
		inReview("/o/{owner}/decision", "deciders", Kind.TEXT, "status", "accepted", "architecture", "{recommended}", "deciders", "Ana"),
		form("/import", "document", Kind.CLOSED, "document", "{}")
	// @formatter:on
	);

	static final String ANSWERS = "{\"answers\": {\"domainSize\": \"small\"}}";

	static final List<ApiField> API_FIELDS = List.of(
	// @formatter:off
		api("POST", "/api/v1/evaluations", "{\"answers\": {\"domainSize\": @}}", "answers.domainSize", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {\"monthlyRequests\": @}}", "answers.monthlyRequests", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {\"peakToAverage\": @}}", "answers.peakToAverage", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {@: \"small\"}}", "answers", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": @}", "answers", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"priorities\": [@]}", "priorities", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"priorities\": @}", "priorities", Kind.CLOSED),
		api("POST", "/api/v1/assessments", "{\"title\": @, \"answers\": {\"domainSize\": \"small\"}}", "title", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"description\": @, \"answers\": {}}", "description", Kind.TEXT),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {\"engineers\": @}}", "answers.engineers", Kind.CLOSED),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {}, \"priorities\": [@]}", "priorities", Kind.CLOSED),
		owner("PUT", "/api/v1/assessments/{view}/answers", "{\"answers\": {\"teamCount\": @}}", "answers.teamCount", Kind.CLOSED),
		owner("PUT", "/api/v1/assessments/{view}/answers", "{\"answers\": {}, \"version\": @}", "version", Kind.CLOSED),
		owner("PUT", "/api/v1/assessments/{view}/answers", "{\"answers\": {}, \"priorities\": @}", "priorities", Kind.CLOSED),
		api("POST", "/api/v1/assessments/{view}/comments", "{\"author\": @, \"body\": \"Fine\"}", "author", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/assessments/{view}/comments", "{\"author\": \"Ana\", \"body\": @}", "body", Kind.REQUIRED_TEXT),
		api("PUT", "/api/v1/assessments/{view}/votes", "{\"voter\": @, \"architecture\": \"recommended\"}", "voter", Kind.REQUIRED_TEXT),
		api("PUT", "/api/v1/assessments/{view}/votes", "{\"voter\": \"Ana\", \"architecture\": @}", "architecture", Kind.CLOSED),
		owner("PUT", "/api/v1/assessments/{view}/decision", "{\"status\": @}", "status", Kind.CLOSED),
		ownerInReview("PUT", "/api/v1/assessments/{view}/decision", "{\"status\": \"rejected\", \"rationale\": @}", "rationale", Kind.TEXT),
		ownerInReview("PUT", "/api/v1/assessments/{view}/decision", "{\"status\": \"rejected\", \"deciders\": @}", "deciders", Kind.TEXT),
		ownerInReview("PUT", "/api/v1/assessments/{view}/decision", "{\"status\": \"accepted\", \"architecture\": @}", "architecture", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "@", "body", Kind.CLOSED)
	// @formatter:on
	);

	/**
	 * Routes whose whole body is attacked (malformed, oversized, wrong type, unknown
	 * fields).
	 */
	static final List<ApiField> API_BODIES = List.of(api("POST", "/api/v1/evaluations", ANSWERS, "body", Kind.CLOSED),
			api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {}}", "body", Kind.CLOSED),
			owner("PUT", "/api/v1/assessments/{view}/answers", ANSWERS, "body", Kind.CLOSED),
			api("POST", "/api/v1/assessments/{view}/comments", "{\"author\": \"A\", \"body\": \"B\"}", "body",
					Kind.CLOSED),
			api("PUT", "/api/v1/assessments/{view}/votes", "{\"voter\": \"A\", \"architecture\": \"recommended\"}",
					"body", Kind.CLOSED),
			owner("PUT", "/api/v1/assessments/{view}/decision", "{\"status\": \"in-review\"}", "body", Kind.CLOSED),
			api("POST", "/api/v1/assessments/import", "{}", "body", Kind.CLOSED));

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Comments comments;

	final List<String> failures = new ArrayList<>();

	int sent;

	int serverErrors;

	@Test
	void hostileInputIsRefusedCleanlyAndNeverReflectedUnescaped() {
		FormClient browser = new FormClient(this.port);
		browser.get("/assessments/new");
		String csrf = browser.csrfToken();
		Http http = new Http(this.port);
		for (FormField field : FORM_FIELDS) {
			for (Hostile hostile : CORPUS) {
				Target target = target(field.inReview());
				String[] form = fill(field.form(), target);
				form = withValue(form, field.field(), hostile.value());
				Http.Response response = browser.post(fill(field.path(), target), form);
				checkForm(field, hostile, response);
			}
			Target target = target(field.inReview());
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
			for (String value : JSON_VALUES) {
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
		for (ApiField route : API_BODIES) {
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
			Http.Response oversized = send(http, route, target, "{\"x\": \"" + "a".repeat(300_000) + "\"}",
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
		System.out.printf("Hostile input: %d requests sent, %d answered 5xx, %d other failures%n", this.sent,
				this.serverErrors, this.failures.size() - this.serverErrors);
		assertThat(this.failures).isEmpty();
	}

	@Test
	void storedHostileValuesComeOutEscapedOnEveryPageAndInEveryExport() {
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
	record Target(String viewKey, String ownerKey, String version, String recommended) {

	}

	private Target target(boolean inReview) {
		Assessments.Owned owned = this.assessments.create("Checkout", null,
				Answers.of(Map.of("domainSize", "small", "teamCount", "one")), List.of());
		if (inReview) {
			this.assessments.changeStatus(owned.ownerKey(), new StatusChange("in-review", null, null, null, null));
		}
		var assessment = this.assessments.byOwnerKey(owned.ownerKey());
		return new Target(assessment.viewKey(), owned.ownerKey(), Long.toString(assessment.version()),
				assessment.recommended());
	}

	private Http.Response send(Http http, ApiField field, Target target, String body, String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType);
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", target.ownerKey());
		}
		return http.send(request.build());
	}

	private Http.Response sendBytes(Http http, ApiField field, Target target, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(field, target)))
			.method(field.method(), HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", "application/json");
		if (field.ownerHeader()) {
			request.header("X-Owner-Key", target.ownerKey());
		}
		return http.send(request.build());
	}

	private String url(ApiField field, Target target) {
		return "http://127.0.0.1:" + this.port + fill(field.path(), target);
	}

	private static String fill(String text, Target target) {
		return text.replace("{view}", target.viewKey())
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

	static FormField form(String path, String field, Kind kind, String... form) {
		return new FormField(path, field, kind, false, form);
	}

	static FormField inReview(String path, String field, Kind kind, String... form) {
		return new FormField(path, field, kind, true, form);
	}

	static ApiField api(String method, String path, String template, String field, Kind kind) {
		return new ApiField(method, path, template, field, kind, false, false);
	}

	static ApiField owner(String method, String path, String template, String field, Kind kind) {
		return new ApiField(method, path, template, field, kind, true, false);
	}

	static ApiField ownerInReview(String method, String path, String template, String field, Kind kind) {
		return new ApiField(method, path, template, field, kind, true, true);
	}

}
