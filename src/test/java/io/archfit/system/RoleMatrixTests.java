package io.archfit.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.integration.Webhooks;
import io.archfit.review.Comments;
import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.TeamCatalogueFixture;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of capability links (T3), over real HTTP with CSRF tokens: every route
 * and method, called with no link, the view link and the owner link, answers the status
 * class of the table below. Also: every mapped route is in the table, rotation kills the
 * old key at once, unknown, malformed and wrong-role keys give byte-identical 404s, no
 * GET changes a row, every response forbids the Referer, no key reaches the log, and
 * forms without a CSRF token are refused.
 *
 * <p>
 * To add a route: one line in {@link #ROUTES}, e.g. {@code viewLink("GET",
 * "/w/{viewKey}", WORKSPACE)} with a fixture that creates what the link points at. A key
 * may also travel in the query ({@link #viewKeys}) or in the form or JSON body
 * ({@link #keyInBody}); a query after {@code ?} in a pattern is sent but not part of the
 * route's name.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class RoleMatrixTests {

	/**
	 * Who calls: nobody's link (a well-formed key that exists nowhere), a view or an
	 * owner link.
	 */
	enum Role {

		NONE, VIEW, OWNER

	}

	/** The class of answer a cell expects. */
	enum Expect {

		OK, NOT_FOUND, FORBIDDEN, BAD_REQUEST, UNPROCESSABLE;

		static String of(int status) {
			if (status >= 200 && status < 400) {
				return OK.name();
			}
			return switch (status) {
				case 404 -> NOT_FOUND.name();
				case 403 -> FORBIDDEN.name();
				case 400 -> BAD_REQUEST.name();
				case 422 -> UNPROCESSABLE.name();
				default -> Integer.toString(status);
			};
		}

	}

	/**
	 * Where the caller's key goes: the first key variable of the path or of the query
	 * (the other key variables take the target's values), the placeholder {@code {key}}
	 * of the body, or X-Owner-Key.
	 */
	enum KeyIn {

		PATH, QUERY, BODY, HEADER, NOWHERE;

		boolean inUrl() {
			return this == PATH || this == QUERY;
		}

	}

	/**
	 * What a route's link points at, made fresh for each call: its keys and the values of
	 * the route's other path variables and body placeholders.
	 */
	record Target(String viewKey, String ownerKey, Map<String, String> values) {

	}

	/**
	 * One route and method: its pattern as mapped, where the key goes, the body (form
	 * name/value pairs, or JSON when the path is under /api), and the expected class per
	 * role.
	 */
	record Route(String method, String pattern, KeyIn keyIn, Map<Role, Expect> expected,
			Function<RoleMatrixTests, Target> fixture, String... body) {

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		boolean isForm() {
			return !isApi() && !"GET".equals(this.method);
		}

		@Override
		public String toString() {
			String where = switch (this.keyIn) {
				case HEADER -> " (X-Owner-Key)";
				case BODY -> " (key in body)";
				default -> "";
			};
			return this.method + " " + this.pattern + where;
		}

	}

	static final Function<RoleMatrixTests, Target> ASSESSMENT = RoleMatrixTests::assessment;

	/** An assessment with two revisions. */
	static final Function<RoleMatrixTests, Target> REVISED = RoleMatrixTests::revised;

	/** An assessment and another one's view key, to compare them. */
	static final Function<RoleMatrixTests, Target> COMPARED = RoleMatrixTests::compared;

	/** A workspace with one assessment, and another assessment to move in. */
	static final Function<RoleMatrixTests, Target> WORKSPACE = RoleMatrixTests::workspace;

	/** An assessment and a workspace's owner key, to move the assessment in. */
	static final Function<RoleMatrixTests, Target> OUTSIDE_WORKSPACE = RoleMatrixTests::outsideWorkspace;

	/** A workspace with a webhook endpoint and one delivery of it. */
	static final Function<RoleMatrixTests, Target> WEBHOOK = RoleMatrixTests::webhook;

	/** A workspace that has published one version of its own catalogue. */
	static final Function<RoleMatrixTests, Target> TEAM_CATALOGUE = RoleMatrixTests::teamCatalogue;

	/** A workspace whose owner has derived a draft of its own catalogue. */
	static final Function<RoleMatrixTests, Target> TEAM_DRAFT = RoleMatrixTests::teamDraft;

	/**
	 * A team catalogue document: the built-in one with a team's question and hard limit.
	 */
	static final String TEAM_CATALOGUE_JSON = TeamCatalogueFixture.JSON
		.writeValueAsString(TeamCatalogueFixture.withTeamRules());

	static final String WEBHOOK_JSON = "{\"url\": \"https://203.0.113.7/hook\", \"events\": [\"comment.created\"]}";

	/** A workspace archive with one assessment, as a new installation would import. */
	static final String ARCHIVE_JSON = "{\"schemaVersion\": 1, \"name\": \"Moved\", \"assessments\": "
			+ "[{\"title\": \"Moved\", \"catalogueVersion\": \"v1\", \"answers\": {\"domainSize\": \"small\"}}]}";

	static final String ANSWERS_JSON = "{\"answers\": {\"domainSize\": \"small\", \"teamCount\": \"one\"}}";

	static final List<Route> ROUTES = List.of(
	// @formatter:off
		open("GET", "/"),
		open("GET", "/catalogue"),
		open("GET", "/actuator/health"),
		open("GET", "/actuator/health/liveness"),
		open("GET", "/actuator/health/readiness"),
		open("GET", "/assessments/new"),
		open("POST", "/assessments/new", "t.domainSize", "small"),
		open("GET", "/import"),
		open("POST", "/import", "document", "{export}"),
		viewLink("GET", "/a/{viewKey}", ASSESSMENT),
		viewLink("GET", "/a/{viewKey}/export.md", ASSESSMENT),
		viewLink("GET", "/a/{viewKey}/export.json", ASSESSMENT),
		viewLink("GET", "/a/{viewKey}/export.csv", ASSESSMENT),
		viewLink("POST", "/a/{viewKey}/comments", ASSESSMENT, "author", "Ana", "body", "Fine"),
		viewLink("POST", "/a/{viewKey}/votes", ASSESSMENT, "voter", "Ana", "architecture", "recommended"),
		ownerLink("GET", "/o/{ownerKey}", ASSESSMENT),
		ownerLink("GET", "/o/{ownerKey}/wizard/{step}", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/wizard/{step}", ASSESSMENT, "version", "{version}", "t.teamCount", "one"),
		ownerLink("GET", "/o/{ownerKey}/edit", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/edit", ASSESSMENT, "version", "{version}", "t.domainSize", "small"),
		ownerLink("POST", "/o/{ownerKey}/rotate-view", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/rotate-owner", ASSESSMENT),
		ownerLink("GET", "/o/{ownerKey}/delete", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/delete", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/comments", ASSESSMENT, "author", "Ana", "body", "Fine"),
		ownerLink("POST", "/o/{ownerKey}/votes", ASSESSMENT, "voter", "Ana", "architecture", "recommended"),
		ownerLink("POST", "/o/{ownerKey}/comments/{id}/hide", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/comments/{id}/unhide", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/decision", ASSESSMENT, "status", "in-review"),
		ownerLink("GET", "/o/{ownerKey}/assumptions", ASSESSMENT),
		ownerLink("POST", "/o/{ownerKey}/assumptions", ASSESSMENT, "version", "{version}", "a.minTasks", "3"),
		viewLink("GET", "/a/{viewKey}/revisions/{n}", REVISED),
		viewLink("GET", "/a/{viewKey}/revisions/compare?from=1&to=2", REVISED),
		viewLink("GET", "/a/{viewKey}/rescore", ASSESSMENT),
		viewLink("GET", "/a/{viewKey}/what-if", ASSESSMENT),
		viewLink("POST", "/a/{viewKey}/what-if", ASSESSMENT, "t.teamCount", "one", "a.minTasks", "3"),
		viewLink("POST", "/a/{viewKey}/what-if/save", ASSESSMENT, "title", "Variant", "t.teamCount", "one"),
		viewKeys("GET", "/compare?keys={viewKey},{otherViewKey}", COMPARED),
		keyInBody("POST", "/assessments/new", WORKSPACE, Expect.NOT_FOUND, "t.domainSize", "small", "workspace", "{key}"),
		open("GET", "/workspaces/new"),
		open("POST", "/workspaces", "name", "Team"),
		viewLink("GET", "/w/{viewKey}", WORKSPACE),
		ownerLink("GET", "/wo/{ownerKey}", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/rename", WORKSPACE, "name", "Platform team"),
		ownerLink("POST", "/wo/{ownerKey}/rotate-view", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/rotate-owner", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/move-in", WORKSPACE, "link", "{assessmentOwnerKey}"),
		keyInBody("POST", "/wo/{workspaceOwnerKey}/move-in", OUTSIDE_WORKSPACE, Expect.UNPROCESSABLE, "link", "{key}"),
		ownerLink("GET", "/wo/{ownerKey}/export.json", WORKSPACE),
		open("GET", "/workspaces/import"),
		open("POST", "/workspaces/import", "document", ARCHIVE_JSON),
		ownerLink("GET", "/wo/{ownerKey}/delete", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/delete", WORKSPACE),
		open("POST", "/api/v1/evaluations", ANSWERS_JSON),
		open("GET", "/api/v1/catalogue"),
		open("GET", "/api/v1/catalogue/{catalogueVersion}"),
		open("POST", "/api/v1/assessments", "{\"title\": \"New\", \"answers\": {\"domainSize\": \"small\"}}"),
		keyInBody("POST", "/api/v1/assessments", WORKSPACE, Expect.BAD_REQUEST,
				"{\"title\": \"New\", \"answers\": {\"domainSize\": \"small\"}, \"workspaceKey\": \"{key}\"}"),
		open("POST", "/api/v1/assessments/import", "{export}"),
		viewLink("GET", "/api/v1/assessments/{viewKey}", ASSESSMENT),
		viewLink("GET", "/api/v1/assessments/{viewKey}/export", ASSESSMENT),
		viewLink("GET", "/api/v1/assessments/{viewKey}/comments", ASSESSMENT),
		viewLink("POST", "/api/v1/assessments/{viewKey}/comments", ASSESSMENT, "{\"author\": \"Ana\", \"body\": \"Fine\"}"),
		viewLink("GET", "/api/v1/assessments/{viewKey}/votes", ASSESSMENT),
		viewLink("PUT", "/api/v1/assessments/{viewKey}/votes", ASSESSMENT, "{\"voter\": \"Ana\", \"architecture\": \"recommended\"}"),
		viewLink("GET", "/api/v1/assessments/{viewKey}/decision", ASSESSMENT),
		viewLink("GET", "/api/v1/assessments/{viewKey}/revisions", REVISED),
		viewLink("GET", "/api/v1/assessments/{viewKey}/revisions/{n}", REVISED),
		ownerHeader("PUT", "/api/v1/assessments/{viewKey}/answers", ASSESSMENT, ANSWERS_JSON),
		ownerHeader("PUT", "/api/v1/assessments/{viewKey}/decision", ASSESSMENT, "{\"status\": \"in-review\"}"),
		withoutOwnerHeader("PUT", "/api/v1/assessments/{viewKey}/answers", ASSESSMENT, ANSWERS_JSON),
		withoutOwnerHeader("PUT", "/api/v1/assessments/{viewKey}/decision", ASSESSMENT, "{\"status\": \"in-review\"}"),
		viewKeys("GET", "/api/v1/compare?keys={viewKey},{otherViewKey}", COMPARED),
		open("POST", "/api/v1/workspaces", "{\"name\": \"Team\"}"),
		viewLink("GET", "/api/v1/workspaces/{viewKey}/assessments", WORKSPACE),
		viewLink("GET", "/a/{viewKey}/events", ASSESSMENT),
		ownerLink("POST", "/wo/{ownerKey}/webhooks", WEBHOOK, "url", "https://203.0.113.7/hook", "events", "comment.created", "format", "chat"),
		ownerLink("GET", "/wo/{ownerKey}/webhooks/{webhook}", WEBHOOK),
		ownerLink("POST", "/wo/{ownerKey}/webhooks/{webhook}/resume", WEBHOOK),
		ownerLink("POST", "/wo/{ownerKey}/webhooks/{webhook}/deliveries/{delivery}/redeliver", WEBHOOK),
		ownerLink("POST", "/wo/{ownerKey}/webhooks/{webhook}/delete", WEBHOOK),
		ownerHeader("POST", "/api/v1/workspaces/{viewKey}/webhooks", WEBHOOK, WEBHOOK_JSON),
		ownerHeader("GET", "/api/v1/workspaces/{viewKey}/webhooks", WEBHOOK),
		ownerHeader("POST", "/api/v1/workspaces/{viewKey}/webhooks/{webhook}/resume", WEBHOOK),
		ownerHeader("GET", "/api/v1/workspaces/{viewKey}/webhooks/{webhook}/deliveries", WEBHOOK),
		ownerHeader("POST", "/api/v1/workspaces/{viewKey}/webhooks/{webhook}/deliveries/{delivery}/redeliver", WEBHOOK),
		ownerHeader("DELETE", "/api/v1/workspaces/{viewKey}/webhooks/{webhook}", WEBHOOK),
		withoutOwnerHeader("POST", "/api/v1/workspaces/{viewKey}/webhooks", WEBHOOK, WEBHOOK_JSON),
		withoutOwnerHeader("GET", "/api/v1/workspaces/{viewKey}/webhooks", WEBHOOK),
		ownerHeader("GET", "/api/v1/workspaces/{viewKey}/export", WORKSPACE),
		withoutOwnerHeader("GET", "/api/v1/workspaces/{viewKey}/export", WORKSPACE),
		open("POST", "/api/v1/workspaces/import", ARCHIVE_JSON),
		viewLink("GET", "/api/v1/workspaces/{viewKey}/catalogue", TEAM_CATALOGUE),
		viewLink("GET", "/api/v1/workspaces/{viewKey}/catalogue/versions", TEAM_CATALOGUE),
		viewLink("GET", "/api/v1/workspaces/{viewKey}/catalogue/versions/{version}", TEAM_CATALOGUE),
		ownerHeader("PUT", "/api/v1/workspaces/{viewKey}/catalogue", TEAM_CATALOGUE, TEAM_CATALOGUE_JSON),
		withoutOwnerHeader("PUT", "/api/v1/workspaces/{viewKey}/catalogue", TEAM_CATALOGUE, TEAM_CATALOGUE_JSON),
		ownerLink("GET", "/wo/{ownerKey}/catalogue", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/derive", WORKSPACE),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/weights", TEAM_DRAFT, "weight.organisation", "30", "weight.workload", "40", "weight.constraints", "15", "weight.delivery", "15"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/criteria", TEAM_DRAFT, "id", "platform-fit", "group", "constraints", "kind", "difference", "weight", "2", "nameEn", "Platform fit", "nameDe", "Plattform", "descriptionEn", "Fits.", "descriptionDe", "Passt."),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/remove", TEAM_DRAFT, "element", "risk:secrets"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/knock-outs", TEAM_DRAFT, "id", "no-gpus-here", "architecture", "serverless", "when", "specialRuntime=gpu", "reasonEn", "No GPUs.", "reasonDe", "Keine GPUs.", "source", "aws-lambda-quotas"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/questions", TEAM_DRAFT, "id", "cardData", "step", "workload", "labelEn", "Card data?", "labelDe", "Kartendaten?", "helpEn", "Any.", "helpDe", "Alle.", "options", "none | None | Keine\nsome | Some | Einige"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/rules", TEAM_DRAFT, "id", "small-team", "when", "teamCount=one", "effect.monolith", "1", "criteria", "complexity", "reasonEn", "One team.", "reasonDe", "Ein Team.", "source", "fowler-2015-premium"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/risks", TEAM_DRAFT, "id", "on-call", "architectures", "microservices", "titleEn", "On call", "titleDe", "Bereitschaft", "mitigationEn", "Rotate.", "mitigationDe", "Wechseln.", "source", "fowler-2015-premium"),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/upload", TEAM_DRAFT, "document", TEAM_CATALOGUE_JSON),
		ownerLink("POST", "/wo/{ownerKey}/catalogue/publish", TEAM_DRAFT),
		ownerLink("GET", "/wo/{ownerKey}/catalogue/draft.json", TEAM_DRAFT),
		ownerLink("GET", "/wo/{ownerKey}/catalogue/draft.yaml", TEAM_DRAFT),
		viewLink("GET", "/w/{viewKey}/catalogue", TEAM_CATALOGUE),
		viewKeyInBody("POST", "/api/v1/evaluations", TEAM_CATALOGUE,
				"{\"answers\": {\"domainSize\": \"small\", \"cardData\": \"some\"}, \"workspace\": \"{key}\"}")
	// @formatter:on
	);

	/** Routes outside the product's pages and API, left out of the coverage check. */
	static final Pattern NOT_PRODUCT_ROUTES = Pattern.compile("/error.*|/v3/api-docs.*|/swagger-ui.*");

	/**
	 * Keys in a response: in links and redirects, or as a JSON field named like
	 * {@code viewKey}.
	 */
	static final Pattern KEY_IN_RESPONSE = Pattern
		.compile("(?:/a/|/o/|/w/|/wo/|Key\"\\s*:\\s*\")([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])");

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)\\}");

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	Comments comments;

	@Autowired
	Workspaces workspaces;

	@Autowired
	Webhooks webhooks;

	@Autowired
	TeamCatalogues teamCatalogues;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	FormClient browser;

	Http http;

	/** Every key this test made, to look for in the log. */
	final Set<String> keysIssued = new LinkedHashSet<>();

	String exportDocument;

	/** The view key of an assessment to compare others with. */
	String otherViewKey;

	@BeforeEach
	void clients() {
		this.browser = new FormClient(this.port);
		assertThat(this.browser.get("/assessments/new").status()).isEqualTo(200);
		this.http = new Http(this.port);
	}

	@Test
	void everyRouteAnswersEachRoleAsTheTableSaysAndNoKeyReachesTheLog(CapturedOutput output) {
		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (Route route : ROUTES) {
			for (Role role : Role.values()) {
				Target target = route.fixture().apply(this);
				Http.Response response = call(this.browser, route, role, target);
				cells++;
				String actual = Expect.of(response.status());
				if (!actual.equals(route.expected().get(role).name())) {
					mismatches.add(route + " as " + role + ": expected " + route.expected().get(role) + " but was "
							+ response.status());
				}
				if (!"no-referrer".equals(response.header("Referrer-Policy"))) {
					mismatches
						.add(route + " as " + role + ": Referrer-Policy is " + response.header("Referrer-Policy"));
				}
			}
		}
		System.out.printf("Role matrix: %d routes, %d cells, %d mismatches%n", ROUTES.size(), cells, mismatches.size());
		assertThat(mismatches).isEmpty();
		String log = output.getAll();
		assertThat(this.keysIssued).hasSizeGreaterThan(100);
		assertThat(this.keysIssued.stream().filter(log::contains).toList()).as("keys in the log").isEmpty();
		assertThat(log).contains("request method=GET path=/a/*** status=200");
	}

	@Test
	void everyMappedRouteIsInTheTable() {
		Set<String> table = new TreeSet<>();
		ROUTES.forEach((route) -> table.add(route.method() + " " + normalised(route.pattern())));
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (NOT_PRODUCT_ROUTES.matcher(pattern).matches()) {
					continue;
				}
				info.getMethodsCondition()
					.getMethods()
					.forEach((method) -> mapped.add(method.name() + " " + normalised(pattern)));
			}
		}
		assertThat(mapped).hasSizeGreaterThan(30);
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(table);
		assertThat(missing).as("routes missing from RoleMatrixTests.ROUTES: add a line for each").isEmpty();
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() {
		List<String> accepted = new ArrayList<>();
		for (Route route : ROUTES) {
			if (!route.isForm()) {
				continue;
			}
			Target target = route.fixture().apply(this);
			String before = snapshot();
			Http.Response response = call(new FormClient(this.port), route, allowed(route), target);
			if (response.status() != 403 || !before.equals(snapshot())) {
				accepted.add(route + ": " + response.status());
			}
		}
		assertThat(accepted).isEmpty();
	}

	@Test
	void unknownMalformedAndWrongRoleKeysGiveIdentical404s() {
		List<String> differences = new ArrayList<>();
		int compared = 0;
		for (Route route : ROUTES) {
			if (!"GET".equals(route.method()) || !route.keyIn().inUrl()) {
				continue;
			}
			Target target = route.fixture().apply(this);
			Role wrongRole = (route.expected().get(Role.VIEW) == Expect.OK) ? Role.OWNER : Role.VIEW;
			String unknown = this.http.get(path(route, AccessKeys.newKey(), target)).body();
			List<String> others = new ArrayList<>(List.of(path(route, keyOf(wrongRole, target), target)));
			if (route.keyIn() == KeyIn.PATH || route.isApi()) {
				// the comparison page answers a value that cannot be a key with its form
				// and a message (400); in a query white space separates keys, so there
				// the injection has none
				String injection = (route.keyIn() == KeyIn.PATH) ? "%27%20OR%201%3D1%20--" : "%27OR%271%27%3D%271";
				others.addAll(List.of(path(route, "not-a-key", target), path(route, "A".repeat(31), target),
						path(route, injection, target), path(route, "A".repeat(500), target)));
			}
			for (String other : others) {
				Http.Response response = this.http.get(other);
				compared++;
				if (response.status() != 404 || !response.body().equals(unknown)) {
					differences.add(route + " " + response.status() + " differs for "
							+ other.replaceAll("[A-Za-z0-9_-]{32}", "<key>"));
				}
			}
		}
		System.out.printf("Identical 404s: %d requests compared%n", compared);
		assertThat(compared).isGreaterThan(90);
		assertThat(differences).isEmpty();
	}

	@Test
	void rotationKillsTheOldKeyAtOnce() {
		Target target = assessment();
		String oldView = target.viewKey();
		String oldOwner = target.ownerKey();
		Http.Response rotated = this.browser.post("/o/" + oldOwner + "/rotate-view");
		assertThat(rotated.status()).isEqualTo(302);
		assertThat(this.http.get("/a/" + oldView).status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/assessments/" + oldView).status()).isEqualTo(404);
		assertThat(this.http.get("/a/" + oldView + "/export.md").status()).isEqualTo(404);
		String newView = this.assessments.byOwnerKey(oldOwner).viewKey();
		assertThat(newView).isNotEqualTo(oldView);
		assertThat(this.http.get("/a/" + newView).status()).isEqualTo(200);

		Http.Response owner = this.browser.post("/o/" + oldOwner + "/rotate-owner");
		assertThat(owner.status()).isEqualTo(302);
		String newOwner = this.browser.redirectPath(owner).replaceAll("^/o/([^/?]+).*$", "$1");
		this.keysIssued.add(newOwner);
		assertThat(newOwner).isNotEqualTo(oldOwner);
		assertThat(this.http.get("/o/" + oldOwner).status()).isEqualTo(404);
		assertThat(this.browser.post("/o/" + oldOwner + "/delete").status()).isEqualTo(404);
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + newView + "/answers", ANSWERS_JSON,
					Map.of("X-Owner-Key", oldOwner))
			.status()).isEqualTo(403);
		assertThat(this.http.get("/o/" + newOwner).status()).isEqualTo(200);
		assertThat(this.http
			.sendJson("PUT", "/api/v1/assessments/" + newView + "/answers", ANSWERS_JSON,
					Map.of("X-Owner-Key", newOwner))
			.status()).isEqualTo(200);
	}

	@Test
	void workspaceRotationKillsTheOldKeyAtOnce() {
		Target workspace = workspace();
		String oldView = workspace.viewKey();
		String oldOwner = workspace.ownerKey();
		assertThat(this.browser.post("/wo/" + oldOwner + "/rotate-view").status()).isEqualTo(302);
		assertThat(this.http.get("/w/" + oldView).status()).isEqualTo(404);
		assertThat(this.http.get("/api/v1/workspaces/" + oldView + "/assessments").status()).isEqualTo(404);
		String newView = this.workspaces.byOwnerKey(oldOwner).viewKey();
		this.keysIssued.add(newView);
		assertThat(newView).isNotEqualTo(oldView);
		assertThat(this.http.get("/w/" + newView).status()).isEqualTo(200);

		Http.Response owner = this.browser.post("/wo/" + oldOwner + "/rotate-owner");
		assertThat(owner.status()).isEqualTo(302);
		String newOwner = this.browser.redirectPath(owner).replaceAll("^/wo/([^/?]+).*$", "$1");
		this.keysIssued.add(newOwner);
		assertThat(newOwner).isNotEqualTo(oldOwner);
		assertThat(this.http.get("/wo/" + oldOwner).status()).isEqualTo(404);
		assertThat(this.browser.post("/wo/" + oldOwner + "/rename", "name", "Taken").status()).isEqualTo(404);
		assertThat(this.browser.post("/wo/" + oldOwner + "/delete").status()).isEqualTo(404);
		assertThat(this.browser.post("/assessments/new", "t.domainSize", "small", "workspace", oldOwner).status())
			.isEqualTo(404);
		assertThat(this.http.get("/wo/" + newOwner).status()).isEqualTo(200);
		assertThat(this.workspaces.byOwnerKey(newOwner).name()).isEqualTo("Team");
	}

	@Test
	void noGetChangesData() {
		Map<Route, Target> targets = new LinkedHashMap<>();
		for (Route route : ROUTES) {
			if ("GET".equals(route.method())) {
				targets.put(route, route.fixture().apply(this));
			}
		}
		String before = snapshot();
		int requests = 0;
		for (int round = 0; round < 2; round++) {
			for (Map.Entry<Route, Target> entry : targets.entrySet()) {
				for (Role role : Role.values()) {
					call(this.browser, entry.getKey(), role, entry.getValue());
					requests++;
				}
			}
		}
		assertThat(requests).isGreaterThan(50);
		assertThat(snapshot()).isEqualTo(before);
	}

	// the table's vocabulary

	static Route open(String method, String pattern, String... body) {
		return new Route(method, pattern, KeyIn.NOWHERE, expect(Expect.OK, Expect.OK, Expect.OK), ASSESSMENT, body);
	}

	static Route viewLink(String method, String pattern, Function<RoleMatrixTests, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.PATH, expect(Expect.NOT_FOUND, Expect.OK, Expect.NOT_FOUND), fixture,
				body);
	}

	static Route ownerLink(String method, String pattern, Function<RoleMatrixTests, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.PATH, expect(Expect.NOT_FOUND, Expect.NOT_FOUND, Expect.OK), fixture,
				body);
	}

	/**
	 * A route that takes several view keys in its query: the caller's key first, then the
	 * view keys of the target's other values.
	 */
	static Route viewKeys(String method, String pattern, Function<RoleMatrixTests, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.QUERY, expect(Expect.NOT_FOUND, Expect.OK, Expect.NOT_FOUND), fixture,
				body);
	}

	/**
	 * A route that takes an owner key in a form field or JSON field ({@code {key}} in the
	 * body): the target's owner key works; an unknown key and the view key both get
	 * {@code miss}.
	 */
	static Route keyInBody(String method, String pattern, Function<RoleMatrixTests, Target> fixture, Expect miss,
			String... body) {
		return new Route(method, pattern, KeyIn.BODY, expect(miss, miss, Expect.OK), fixture, body);
	}

	/**
	 * A route that takes a VIEW key in a JSON field ({@code {key}} in the body): the
	 * target's view key works; an unknown key and the owner key are refused as bad input.
	 */
	static Route viewKeyInBody(String method, String pattern, Function<RoleMatrixTests, Target> fixture,
			String... body) {
		return new Route(method, pattern, KeyIn.BODY, expect(Expect.BAD_REQUEST, Expect.OK, Expect.BAD_REQUEST),
				fixture, body);
	}

	static Route ownerHeader(String method, String pattern, Function<RoleMatrixTests, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.HEADER, expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.OK), fixture,
				body);
	}

	static Route withoutOwnerHeader(String method, String pattern, Function<RoleMatrixTests, Target> fixture,
			String... body) {
		return new Route(method, pattern, KeyIn.NOWHERE,
				expect(Expect.BAD_REQUEST, Expect.BAD_REQUEST, Expect.BAD_REQUEST), fixture, body);
	}

	static Map<Role, Expect> expect(Expect none, Expect view, Expect owner) {
		Map<Role, Expect> expected = new EnumMap<>(Role.class);
		expected.put(Role.NONE, none);
		expected.put(Role.VIEW, view);
		expected.put(Role.OWNER, owner);
		return expected;
	}

	// fixtures

	/** A complete assessment with one comment. */
	Target assessment() {
		Assessments.Owned owned = this.assessments.create("Checkout", "Payments",
				Answers.of(Map.of("domainSize", "small", "teamCount", "one", "timeToMarket", "under-3-months")),
				List.of());
		long comment = this.comments.post(owned.assessment(), "Ben", "A comment").id();
		String viewKey = owned.assessment().viewKey();
		this.keysIssued.add(viewKey);
		this.keysIssued.add(owned.ownerKey());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("step", "2");
		values.put("id", Long.toString(comment));
		values.put("version", Long.toString(this.assessments.byViewKey(viewKey).version()));
		values.put("export", exportDocument(viewKey));
		values.put("catalogueVersion", "v1");
		return new Target(viewKey, owned.ownerKey(), values);
	}

	/** A complete assessment whose answers were changed once: revisions 1 and 2. */
	Target revised() {
		Target target = assessment();
		Assessment assessment = this.assessments.byViewKey(target.viewKey());
		this.assessments.revise(target.ownerKey(), assessment.version(),
				Answers.of(Map.of("domainSize", "large", "teamCount", "one")), List.of());
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("n", "1");
		values.put("version", Long.toString(this.assessments.byViewKey(target.viewKey()).version()));
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/** An assessment, and the view key of another one to compare it with. */
	Target compared() {
		if (this.otherViewKey == null) {
			this.otherViewKey = assessment().viewKey();
		}
		Target target = assessment();
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("otherViewKey", this.otherViewKey);
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/**
	 * A workspace listing one assessment, and the owner key of another assessment to move
	 * in.
	 */
	Target workspace() {
		Workspaces.Owned owned = this.workspaces.create("Team");
		Assessments.Owned listed = this.assessments.create("Listed", null, Answers.of(Map.of("domainSize", "small")),
				List.of(), null, owned.workspace().id());
		Assessments.Owned outside = this.assessments.create("Outside", null, Answers.of(Map.of("domainSize", "small")),
				List.of());
		issued(owned.workspace().viewKey(), owned.ownerKey(), listed.assessment().viewKey(), listed.ownerKey(),
				outside.assessment().viewKey(), outside.ownerKey());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("assessmentOwnerKey", outside.ownerKey());
		return new Target(owned.workspace().viewKey(), owned.ownerKey(), values);
	}

	/**
	 * An assessment in no workspace, and the owner key of a workspace to move it into.
	 */
	Target outsideWorkspace() {
		Target target = assessment();
		Workspaces.Owned workspace = this.workspaces.create("Team");
		issued(workspace.workspace().viewKey(), workspace.ownerKey());
		Map<String, String> values = new LinkedHashMap<>(target.values());
		values.put("workspaceOwnerKey", workspace.ownerKey());
		return new Target(target.viewKey(), target.ownerKey(), values);
	}

	/**
	 * A workspace with a webhook endpoint (added as its owner would) and one delivery of
	 * it (written as the registry's listener would; this context sends nothing).
	 */
	Target webhook() {
		Target workspace = workspace();
		long workspaceId = this.workspaces.byOwnerKey(workspace.ownerKey()).id();
		long endpoint = this.webhooks
			.add(workspaceId,
					new Webhooks.Request("https://203.0.113.7/hook", List.of("comment.created"), "standard", null),
					java.util.Locale.ENGLISH)
			.endpoint()
			.id();
		this.jdbc
			.update("insert into webhook_delivery (message_id, endpoint_id, event_id, event_type, payload, status, "
					+ "attempts, created_at, next_attempt_at, version) values (?, ?, ?, 'comment.created', '{}', 'delivered', 1, "
					+ "current_timestamp, null, 0)", "msg_" + AccessKeys.newKey().substring(0, 22), endpoint,
					java.util.UUID.randomUUID());
		Long delivery = this.jdbc.queryForObject("select max(id) from webhook_delivery where endpoint_id = ?",
				Long.class, endpoint);
		Map<String, String> values = new LinkedHashMap<>(workspace.values());
		values.put("webhook", Long.toString(endpoint));
		values.put("delivery", Long.toString(delivery));
		return new Target(workspace.viewKey(), workspace.ownerKey(), values);
	}

	/** A workspace with a draft of its own catalogue derived from the built-in one. */
	Target teamDraft() {
		Target workspace = workspace();
		this.teamCatalogues.derive(this.workspaces.byOwnerKey(workspace.ownerKey()).id());
		return workspace;
	}

	/** A workspace that has published version 1 of its own catalogue. */
	Target teamCatalogue() {
		Target workspace = workspace();
		this.teamCatalogues.publish(this.workspaces.byOwnerKey(workspace.ownerKey()).id(), TEAM_CATALOGUE_JSON);
		Map<String, String> values = new LinkedHashMap<>(workspace.values());
		values.put("version", "1");
		return new Target(workspace.viewKey(), workspace.ownerKey(), values);
	}

	private void issued(String... keys) {
		this.keysIssued.addAll(List.of(keys));
	}

	private String exportDocument(String viewKey) {
		if (this.exportDocument == null) {
			this.exportDocument = this.http.get("/a/" + viewKey + "/export.json").body();
		}
		return this.exportDocument;
	}

	// calling a route

	private Http.Response call(FormClient client, Route route, Role role, Target target) {
		Http.Response response = send(client, route, role, target);
		for (String text : new String[] { response.header("Location"), response.body() }) {
			if (text != null) {
				Matcher keys = KEY_IN_RESPONSE.matcher(text);
				while (keys.find()) {
					this.keysIssued.add(keys.group(1));
				}
			}
		}
		return response;
	}

	private Http.Response send(FormClient client, Route route, Role role, Target target) {
		String key = keyOf(role, target);
		String path = path(route, key, target);
		if (route.isApi()) {
			String body = (route.body().length > 0) ? fill(route.body()[0], key, target) : null;
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
			if (body != null) {
				request.method(route.method(), HttpRequest.BodyPublishers.ofString(body))
					.header("Content-Type", "application/json");
			}
			else {
				request.method(route.method(), HttpRequest.BodyPublishers.noBody());
			}
			if (route.keyIn() == KeyIn.HEADER) {
				request.header("X-Owner-Key", key);
			}
			return this.http.send(request.build());
		}
		if ("GET".equals(route.method())) {
			return client.get(path);
		}
		String[] form = new String[route.body().length];
		for (int i = 0; i < form.length; i++) {
			form[i] = fill(route.body()[i], key, target);
		}
		return client.post(path, form);
	}

	private String keyOf(Role role, Target target) {
		return switch (role) {
			case NONE -> {
				String unknown = AccessKeys.newKey();
				this.keysIssued.add(unknown);
				yield unknown;
			}
			case VIEW -> target.viewKey();
			case OWNER -> target.ownerKey();
		};
	}

	/** The role whose call a route accepts: the owner's, or else the view link's. */
	private static Role allowed(Route route) {
		return (route.expected().get(Role.OWNER) == Expect.OK) ? Role.OWNER : Role.VIEW;
	}

	/**
	 * The route's path and query: the caller's key in the first key variable that is not
	 * one of the target's values (or the real view key when the key travels elsewhere),
	 * the target's values in the others.
	 */
	private static String path(Route route, String key, Target target) {
		Matcher variables = VARIABLE.matcher(route.pattern());
		StringBuilder path = new StringBuilder();
		boolean keyPlaced = false;
		while (variables.find()) {
			String name = variables.group(1);
			String value;
			if (name.endsWith("Key") && !keyPlaced && !target.values().containsKey(name)) {
				value = route.keyIn().inUrl() ? key : target.viewKey();
				keyPlaced = true;
			}
			else {
				value = target.values().get(name);
			}
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString();
	}

	/** The body's placeholders filled: {@code {key}} with the caller's key. */
	private static String fill(String text, String key, Target target) {
		String filled = text.replace("{key}", key);
		for (Map.Entry<String, String> value : target.values().entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}

	private static String normalised(String pattern) {
		return VARIABLE.matcher(pattern.replaceFirst("\\?.*$", "")).replaceAll("{}");
	}

	/**
	 * Every row of every table of the application's schema, in a stable order; but for
	 * the tables that background work writes after a request has been answered (the event
	 * publication registry's, which its listeners empty, and the live reports' recent
	 * changes, which the housekeeping forgets).
	 */
	private String snapshot() {
		List<String> tables = this.jdbc
			.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
					+ "and table_type in ('BASE TABLE', 'TABLE') and table_name not in ('flyway_schema_history', "
					+ "'event_publication', 'live_activity') order by table_name", String.class);
		StringBuilder snapshot = new StringBuilder();
		for (String table : tables) {
			snapshot.append(table).append('\n');
			this.jdbc.queryForList("select * from " + table + " order by 1")
				.forEach((row) -> snapshot.append(row).append('\n'));
		}
		assertThat(tables).contains("assessment", "assessment_revision", "comment", "vote", "workspace");
		return snapshot.toString();
	}

}
