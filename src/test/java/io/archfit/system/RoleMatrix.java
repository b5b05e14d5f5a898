package io.archfit.system;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.TeamCatalogueFixture;

/**
 * The table of {@link RoleMatrixTests}: every route and method of the product's pages and
 * API, where the caller's key goes, what its link points at, and the class of answer
 * expected with no link, the view link and the owner link; with the words to write a line
 * of it and to turn a line into a request.
 *
 * <p>
 * To add a route: one line in {@link #ROUTES}, e.g. {@code viewLink("GET",
 * "/w/{viewKey}", WORKSPACE)} with a fixture that creates what the link points at (a new
 * kind of target is a method of {@link RoleMatrixFixtures}). A key may also travel in the
 * query ({@link #viewKeys}) or in the form or JSON body ({@link #keyInBody}); a query
 * after {@code ?} in a pattern is sent but not part of the route's name.
 */
final class RoleMatrix {

	private RoleMatrix() {
	}

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
			Function<RoleMatrixFixtures, Target> fixture, String... body) {

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

	static final Function<RoleMatrixFixtures, Target> ASSESSMENT = RoleMatrixFixtures::assessment;

	/** An assessment with two revisions. */
	static final Function<RoleMatrixFixtures, Target> REVISED = RoleMatrixFixtures::revised;

	/** An assessment and another one's view key, to compare them. */
	static final Function<RoleMatrixFixtures, Target> COMPARED = RoleMatrixFixtures::compared;

	/** A workspace with one assessment, and another assessment to move in. */
	static final Function<RoleMatrixFixtures, Target> WORKSPACE = RoleMatrixFixtures::workspace;

	/** An assessment and a workspace's owner key, to move the assessment in. */
	static final Function<RoleMatrixFixtures, Target> OUTSIDE_WORKSPACE = RoleMatrixFixtures::outsideWorkspace;

	/** A workspace with a webhook endpoint and one delivery of it. */
	static final Function<RoleMatrixFixtures, Target> WEBHOOK = RoleMatrixFixtures::webhook;

	/** A workspace that has published one version of its own catalogue. */
	static final Function<RoleMatrixFixtures, Target> TEAM_CATALOGUE = RoleMatrixFixtures::teamCatalogue;

	/** A workspace whose owner has derived a draft of its own catalogue. */
	static final Function<RoleMatrixFixtures, Target> TEAM_DRAFT = RoleMatrixFixtures::teamDraft;

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
		ownerLink("POST", "/wo/{ownerKey}/catalogue/take-built-in", TEAM_DRAFT),
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

	/** A variable of a pattern or a placeholder of a body: {@code {name}}. */
	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)\\}");

	// the table's vocabulary

	static Route open(String method, String pattern, String... body) {
		return new Route(method, pattern, KeyIn.NOWHERE, expect(Expect.OK, Expect.OK, Expect.OK), ASSESSMENT, body);
	}

	static Route viewLink(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.PATH, expect(Expect.NOT_FOUND, Expect.OK, Expect.NOT_FOUND), fixture,
				body);
	}

	static Route ownerLink(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture,
			String... body) {
		return new Route(method, pattern, KeyIn.PATH, expect(Expect.NOT_FOUND, Expect.NOT_FOUND, Expect.OK), fixture,
				body);
	}

	/**
	 * A route that takes several view keys in its query: the caller's key first, then the
	 * view keys of the target's other values.
	 */
	static Route viewKeys(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture, String... body) {
		return new Route(method, pattern, KeyIn.QUERY, expect(Expect.NOT_FOUND, Expect.OK, Expect.NOT_FOUND), fixture,
				body);
	}

	/**
	 * A route that takes an owner key in a form field or JSON field ({@code {key}} in the
	 * body): the target's owner key works; an unknown key and the view key both get
	 * {@code miss}.
	 */
	static Route keyInBody(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture, Expect miss,
			String... body) {
		return new Route(method, pattern, KeyIn.BODY, expect(miss, miss, Expect.OK), fixture, body);
	}

	/**
	 * A route that takes a VIEW key in a JSON field ({@code {key}} in the body): the
	 * target's view key works; an unknown key and the owner key are refused as bad input.
	 */
	static Route viewKeyInBody(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture,
			String... body) {
		return new Route(method, pattern, KeyIn.BODY, expect(Expect.BAD_REQUEST, Expect.OK, Expect.BAD_REQUEST),
				fixture, body);
	}

	static Route ownerHeader(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture,
			String... body) {
		return new Route(method, pattern, KeyIn.HEADER, expect(Expect.FORBIDDEN, Expect.FORBIDDEN, Expect.OK), fixture,
				body);
	}

	static Route withoutOwnerHeader(String method, String pattern, Function<RoleMatrixFixtures, Target> fixture,
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

	// from a line of the table to a request

	/** The role whose call a route accepts: the owner's, or else the view link's. */
	static Role allowed(Route route) {
		return (route.expected().get(Role.OWNER) == Expect.OK) ? Role.OWNER : Role.VIEW;
	}

	/**
	 * The route's path and query: the caller's key in the first key variable that is not
	 * one of the target's values (or the real view key when the key travels elsewhere),
	 * the target's values in the others.
	 */
	static String path(Route route, String key, Target target) {
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
	static String fill(String text, String key, Target target) {
		String filled = text.replace("{key}", key);
		for (Map.Entry<String, String> value : target.values().entrySet()) {
			filled = filled.replace("{" + value.getKey() + "}", value.getValue());
		}
		return filled;
	}

	static String normalised(String pattern) {
		return VARIABLE.matcher(pattern.replaceFirst("\\?.*$", "")).replaceAll("{}");
	}

}
