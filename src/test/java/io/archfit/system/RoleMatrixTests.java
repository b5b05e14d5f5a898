package io.archfit.system;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Assessments;
import io.archfit.integration.Webhooks;
import io.archfit.review.Comments;
import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.system.RoleMatrix.Expect;
import io.archfit.system.RoleMatrix.KeyIn;
import io.archfit.system.RoleMatrix.Role;
import io.archfit.system.RoleMatrix.Route;
import io.archfit.system.RoleMatrix.Target;
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

import static io.archfit.system.RoleMatrix.ANSWERS_JSON;
import static io.archfit.system.RoleMatrix.NOT_PRODUCT_ROUTES;
import static io.archfit.system.RoleMatrix.ROUTES;
import static io.archfit.system.RoleMatrix.allowed;
import static io.archfit.system.RoleMatrix.fill;
import static io.archfit.system.RoleMatrix.normalised;
import static io.archfit.system.RoleMatrix.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix of capability links (T3), over real HTTP with CSRF tokens: every route
 * and method, called with no link, the view link and the owner link, answers the status
 * class of the table. Also: every mapped route is in the table, rotation kills the old
 * key at once, unknown, malformed and wrong-role keys give byte-identical 404s, no GET
 * changes a row, every response forbids the Referer, no key reaches the log, and forms
 * without a CSRF token are refused.
 *
 * <p>
 * The table, and how to add a route to it, is {@link RoleMatrix}; what its links point at
 * is made by {@link RoleMatrixFixtures}.
 */
@AppTest
@ExtendWith(OutputCaptureExtension.class)
class RoleMatrixTests {

	/**
	 * Keys in a response: in links and redirects, or as a JSON field named like
	 * {@code viewKey}.
	 */
	static final Pattern KEY_IN_RESPONSE = Pattern
		.compile("(?:/a/|/o/|/w/|/wo/|Key\"\\s*:\\s*\")([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])");

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

	/** Makes what the table's links point at. */
	RoleMatrixFixtures fixtures;

	@BeforeEach
	void clientsAndFixtures() {
		this.browser = new FormClient(this.port);
		assertThat(this.browser.get("/assessments/new").status()).isEqualTo(200);
		this.http = new Http(this.port);
		this.fixtures = new RoleMatrixFixtures(this.port, this.assessments, this.comments, this.workspaces,
				this.webhooks, this.teamCatalogues, this.jdbc, this.keysIssued);
	}

	@Test
	void everyRouteAnswersEachRoleAsTheTableSaysAndNoKeyReachesTheLog(CapturedOutput output) {
		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (Route route : ROUTES) {
			for (Role role : Role.values()) {
				Target target = route.fixture().apply(this.fixtures);
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
		assertThat(missing).as("routes missing from RoleMatrix.ROUTES: add a line for each").isEmpty();
	}

	@Test
	void formsWithoutTheirCsrfTokenAreRefusedAndChangeNothing() {
		List<String> accepted = new ArrayList<>();
		for (Route route : ROUTES) {
			if (!route.isForm()) {
				continue;
			}
			Target target = route.fixture().apply(this.fixtures);
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
			Target target = route.fixture().apply(this.fixtures);
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
		Target target = this.fixtures.assessment();
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
		Target workspace = this.fixtures.workspace();
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
				targets.put(route, route.fixture().apply(this.fixtures));
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
