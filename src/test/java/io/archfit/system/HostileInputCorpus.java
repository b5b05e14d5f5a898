package io.archfit.system;

import java.util.List;
import java.util.stream.Stream;

import io.archfit.evaluation.CostAssumptions;
import io.archfit.support.TeamCatalogueFixture;

/**
 * What {@link HostileInputTests} sends: the hostile values, and every form field, query
 * parameter and API field with a valid request around it and what the field accepts. To
 * cover a new form or API field, add one line to {@link #FORM_FIELDS} or
 * {@link #API_FIELDS}.
 */
final class HostileInputCorpus {

	private HostileInputCorpus() {
	}

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

	/** A valid hard limit for a team catalogue draft. */
	static final String[] KNOCK_OUT_FORM = { "id", "no-gpus-here", "architecture", "serverless", "when",
			"specialRuntime=gpu", "reasonEn", "No GPUs.", "reasonDe", "Keine GPUs.", "source", "aws-lambda-quotas",
			"sourceUrl", "" };

	/** A valid criterion for a team catalogue draft. */
	static final String[] CRITERION_FORM = { "id", "platform-fit", "group", "constraints", "kind", "difference",
			"weight", "2", "nameEn", "Platform fit", "nameDe", "Plattform", "descriptionEn", "Fits.", "descriptionDe",
			"Passt." };

	/** A valid question for a team catalogue draft. */
	static final String[] QUESTION_FORM = { "id", "cardData", "step", "workload", "labelEn", "Card data?", "labelDe",
			"Kartendaten?", "helpEn", "Any.", "helpDe", "Alle.", "options",
			"none | None | Keine\nsome | Some | Einige" };

	/** A valid rule for a team catalogue draft. */
	static final String[] RULE_FORM = { "id", "small-team", "when", "teamCount=one", "effect.monolith", "1", "criteria",
			"complexity", "reasonEn", "One team.", "reasonDe", "Ein Team.", "source", "fowler-2015-premium" };

	/** A valid rule on a combined condition: two questions and a bound on a quantity. */
	static final String[] COMBINED_RULE_FORM = { "id", "large-many", "when", "domainSize=large", "when",
			"teamCount=many", "number", "quantity:engineersPerTeam", "atLeast", "4", "below", "12", "effect.monolith",
			"-1", "criteria", "complexity", "reasonEn", "Many teams.", "reasonDe", "Viele Teams.", "source",
			"fowler-2015-premium" };

	/** A valid risk for a team catalogue draft. */
	static final String[] RISK_FORM = { "id", "on-call", "architectures", "microservices", "titleEn", "On call",
			"titleDe", "Bereitschaft", "mitigationEn", "Rotate.", "mitigationDe", "Wechseln.", "source",
			"fowler-2015-premium" };

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
		form("/import", "document", Kind.CLOSED, "document", "{}"),
		form("/workspaces/import", "document", Kind.CLOSED, "document", "{}"),
		form("/workspaces", "name", Kind.REQUIRED_TEXT, "name", "Team"),
		form("/wo/{wowner}/rename", "name", Kind.REQUIRED_TEXT, "name", "Team"),
		form("/wo/{wowner}/move-in", "link", Kind.CLOSED, "link", "{owner}"),
		form("/a/{view}/what-if", "t.monthlyRequests", Kind.CLOSED, "t.monthlyRequests", "1000"),
		form("/a/{view}/what-if", "t.domainSize", Kind.CLOSED, "t.domainSize", "small"),
		form("/a/{view}/what-if", "t.peakToAverage", Kind.CLOSED, "t.peakToAverage", "2.5"),
		form("/a/{view}/what-if/save", "title", Kind.TEXT, "title", "Scenario", "t.monthlyRequests", "1000"),
		form("/a/{view}/what-if/save", "t.teamCount", Kind.CLOSED, "title", "Scenario", "t.teamCount", "one"),
		form("/a/{view}/what-if/save", "a.minTasks", Kind.CLOSED, "title", "Scenario", "a.minTasks", "3"),
		form("/o/{owner}/assumptions", "version", Kind.CLOSED, "version", "{version}", "a.minTasks", "3"),
		form("/o/{owner}/assumptions", "reset", Kind.IGNORED, "version", "{version}"),
		form("/wo/{wowner}/webhooks", "url", Kind.CLOSED, "url", "https://203.0.113.7/hook", "events", "comment.created"),
		form("/wo/{wowner}/webhooks", "events", Kind.CLOSED, "url", "https://203.0.113.7/hook", "events", "comment.created"),
		form("/wo/{wowner}/webhooks", "format", Kind.CLOSED, "url", "https://203.0.113.7/hook", "events", "comment.created", "format", "chat"),
		form("/wo/{wowner}/webhooks", "description", Kind.TEXT, "url", "https://203.0.113.7/hook", "events", "comment.created", "description", ""),
		form("/wo/{wowner}/catalogue/weights", "weight.organisation", Kind.CLOSED, "weight.organisation", "35", "weight.workload", "35", "weight.constraints", "15", "weight.delivery", "15"),
		form("/wo/{wowner}/catalogue/weights", "criterionWeight.cost", Kind.CLOSED, "weight.organisation", "35", "weight.workload", "35", "weight.constraints", "15", "weight.delivery", "15", "criterionWeight.cost", "2"),
		form("/wo/{wowner}/catalogue/criteria", "id", Kind.TEXT, CRITERION_FORM),
		form("/wo/{wowner}/catalogue/criteria", "group", Kind.CLOSED, CRITERION_FORM),
		form("/wo/{wowner}/catalogue/criteria", "nameDe", Kind.REQUIRED_TEXT, CRITERION_FORM),
		form("/wo/{wowner}/catalogue/criteria", "weight", Kind.CLOSED, CRITERION_FORM),
		form("/wo/{wowner}/catalogue/remove", "element", Kind.CLOSED, "element", "risk:secrets"),
		form("/wo/{wowner}/catalogue/knock-outs", "id", Kind.TEXT, KNOCK_OUT_FORM),
		form("/wo/{wowner}/catalogue/knock-outs", "architecture", Kind.CLOSED, KNOCK_OUT_FORM),
		form("/wo/{wowner}/catalogue/knock-outs", "when", Kind.CLOSED, KNOCK_OUT_FORM),
		form("/wo/{wowner}/catalogue/knock-outs", "reasonEn", Kind.REQUIRED_TEXT, KNOCK_OUT_FORM),
		form("/wo/{wowner}/catalogue/knock-outs", "sourceUrl", Kind.CLOSED, KNOCK_OUT_FORM),
		form("/wo/{wowner}/catalogue/questions", "labelDe", Kind.REQUIRED_TEXT, QUESTION_FORM),
		form("/wo/{wowner}/catalogue/questions", "step", Kind.CLOSED, QUESTION_FORM),
		form("/wo/{wowner}/catalogue/questions", "options", Kind.TEXT, QUESTION_FORM),
		form("/wo/{wowner}/catalogue/rules", "effect.monolith", Kind.CLOSED, RULE_FORM),
		form("/wo/{wowner}/catalogue/rules", "criteria", Kind.CLOSED, RULE_FORM),
		form("/wo/{wowner}/catalogue/rules", "number", Kind.CLOSED, COMBINED_RULE_FORM),
		form("/wo/{wowner}/catalogue/rules", "atLeast", Kind.CLOSED, COMBINED_RULE_FORM),
		form("/wo/{wowner}/catalogue/rules", "below", Kind.CLOSED, COMBINED_RULE_FORM),
		form("/wo/{wowner}/catalogue/risks", "architectures", Kind.CLOSED, RISK_FORM),
		form("/wo/{wowner}/catalogue/risks", "mitigationEn", Kind.REQUIRED_TEXT, RISK_FORM),
		form("/wo/{wowner}/catalogue/upload", "document", Kind.CLOSED, "document", "{}")
	// @formatter:on
	);

	/** Every cost assumption, on the what-if form and on the owner's assumptions form. */
	static final List<FormField> ASSUMPTION_FIELDS = CostAssumptions.NAMES.stream()
		.flatMap((name) -> Stream.of(form("/a/{view}/what-if", "a." + name, Kind.CLOSED),
				form("/o/{owner}/assumptions", "a." + name, Kind.CLOSED, "version", "{version}")))
		.toList();

	/**
	 * A query parameter of a page or API route: the query it belongs to (valid as given),
	 * whether a 400 names it (in a problem document, or on the page as a field or filter
	 * message).
	 */
	record QueryField(String path, String param, Kind kind, boolean api, boolean named, String... query) {

	}

	static final List<QueryField> QUERY_FIELDS = List.of(
	// @formatter:off
		page("/w/{wview}", "q", Kind.TEXT), page("/w/{wview}", "status", Kind.CLOSED),
		page("/w/{wview}", "recommended", Kind.CLOSED), page("/w/{wview}", "sort", Kind.CLOSED),
		page("/w/{wview}", "page", Kind.CLOSED),
		page("/wo/{wowner}", "q", Kind.TEXT), page("/wo/{wowner}", "status", Kind.CLOSED),
		page("/wo/{wowner}", "recommended", Kind.CLOSED), page("/wo/{wowner}", "sort", Kind.CLOSED),
		page("/wo/{wowner}", "page", Kind.CLOSED),
		page("/compare", "keys", Kind.CLOSED),
		new QueryField("/a/{view}/revisions/compare", "from", Kind.CLOSED, false, false, "to", "1"),
		new QueryField("/a/{view}/revisions/compare", "to", Kind.CLOSED, false, false, "from", "1"),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "q", Kind.TEXT),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "status", Kind.CLOSED),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "recommended", Kind.CLOSED),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "sort", Kind.CLOSED),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "page", Kind.CLOSED),
		apiQuery("/api/v1/workspaces/{wview}/assessments", "size", Kind.CLOSED),
		apiQuery("/api/v1/compare", "keys", Kind.CLOSED),
		apiQuery("/api/v1/assessments/{view}/export", "format", Kind.CLOSED)
	// @formatter:on
	);

	static final String ANSWERS = "{\"answers\": {\"domainSize\": \"small\"}}";

	/**
	 * A webhook address that passes under the default settings without a name to resolve.
	 */
	static final String WEBHOOK_URL = "https://203.0.113.7/hook";

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
		api("POST", "/api/v1/assessments/import", "@", "body", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": @, \"title\": \"T\"}", "schemaVersion", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": @}", "title", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"description\": @}", "description", Kind.TEXT),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"answers\": {\"monthlyRequests\": @}}", "answers.monthlyRequests", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"answers\": {\"engineers\": @}}", "answers.engineers", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"priorities\": [@]}", "priorities", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"assumptions\": {\"vcpuHourUsd\": @}}", "assumptions.vcpuHourUsd", Kind.CLOSED),
		api("POST", "/api/v1/assessments/import", "{\"schemaVersion\": 1, \"title\": \"T\", \"assumptions\": {\"minTasks\": @}}", "assumptions.minTasks", Kind.CLOSED),
		api("POST", "/api/v1/workspaces", "{\"name\": @}", "name", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/workspaces/import", "@", "body", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": @, \"name\": \"T\", \"assessments\": []}", "schemaVersion", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": @, \"assessments\": []}", "name", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": @}", "assessments", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": @, \"catalogueVersion\": \"v1\"}]}", "assessments[0].title", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": @}]}", "assessments[0].catalogueVersion", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"status\": @}]}", "assessments[0].status", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"createdAt\": @}]}", "assessments[0].createdAt", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"wizardStep\": @}]}", "assessments[0].wizardStep", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {\"teamCount\": @}}]}", "assessments[0].answers.teamCount", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"decision\": {\"rationale\": @}}]}", "assessments[0].decision.rationale", Kind.TEXT),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"revisions\": [{\"number\": @, \"catalogueVersion\": \"v1\"}]}]}", "assessments[0].revisions[0].number", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"comments\": [{\"author\": \"Ana\", \"body\": @}]}]}", "assessments[0].comments[0].body", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"comments\": [{\"author\": @, \"body\": \"Fine\"}]}]}", "assessments[0].comments[0].author", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"votes\": [{\"voter\": \"Ana\", \"architecture\": @}]}]}", "assessments[0].votes[0].architecture", Kind.CLOSED),
		api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": [{\"title\": \"T\", \"catalogueVersion\": \"v1\", \"answers\": {}, \"votes\": [{\"voter\": @, \"architecture\": \"recommended\"}]}]}", "assessments[0].votes[0].voter", Kind.REQUIRED_TEXT),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {}, \"assumptions\": {\"vcpuHourUsd\": @}}", "assumptions.vcpuHourUsd", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"assumptions\": {\"engineerHourUsd\": @}}", "assumptions.engineerHourUsd", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"assumptions\": {\"internalCallsPerRequest\": @}}", "assumptions.internalCallsPerRequest", Kind.CLOSED),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {}, \"assumptions\": {\"crossZoneShare\": @}}", "assumptions.crossZoneShare", Kind.CLOSED),
		api("POST", "/api/v1/assessments", "{\"title\": \"T\", \"answers\": {}, \"workspaceKey\": @}", "workspaceKey", Kind.CLOSED),
		owner("POST", "/api/v1/workspaces/{wview}/webhooks", "{\"url\": @, \"events\": [\"vote.cast\"]}", "url", Kind.CLOSED),
		owner("POST", "/api/v1/workspaces/{wview}/webhooks", "{\"url\": \"" + WEBHOOK_URL + "\", \"events\": [@]}", "events", Kind.CLOSED),
		owner("POST", "/api/v1/workspaces/{wview}/webhooks", "{\"url\": \"" + WEBHOOK_URL + "\", \"events\": @}", "events", Kind.CLOSED),
		owner("POST", "/api/v1/workspaces/{wview}/webhooks", "{\"url\": \"" + WEBHOOK_URL + "\", \"events\": [\"vote.cast\"], \"format\": @}", "format", Kind.CLOSED),
		owner("POST", "/api/v1/workspaces/{wview}/webhooks", "{\"url\": \"" + WEBHOOK_URL + "\", \"events\": [\"vote.cast\"], \"description\": @}", "description", Kind.TEXT),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"workspace\": @}", "workspace", Kind.CLOSED),
		api("POST", "/api/v1/evaluations", "{\"answers\": {}, \"assessment\": @}", "assessment", Kind.CLOSED),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("\"" + TeamCatalogueFixture.QUESTION_LABEL + "\""), "$.texts.en.trait.cardData.label", Kind.REQUIRED_TEXT),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("\"" + TeamCatalogueFixture.KNOCK_OUT_REASON + "\""), "$.texts.en.knockout." + TeamCatalogueFixture.KNOCK_OUT, Kind.REQUIRED_TEXT),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("0.35", "\"workload\":"), "$.groups.workload", Kind.CLOSED),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("\"serverless\"", "\"id\":\"" + TeamCatalogueFixture.KNOCK_OUT + "\",\"architecture\":"), "$.knockOuts[" + (TeamCatalogueFixture.withTeamRules().get("knockOuts").size() - 1) + "]", Kind.CLOSED),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("\"choice\"", "\"id\":\"" + TeamCatalogueFixture.QUESTION + "\",\"step\":\"workload\",\"type\":"), "$.traits[" + (TeamCatalogueFixture.withTeamRules().get("traits").size() - 1) + "]", Kind.CLOSED),
		owner("PUT", "/api/v1/workspaces/{wview}/catalogue", teamCatalogue("\"https://intranet.example.org/policies/payments\""), "$.references[" + (TeamCatalogueFixture.withTeamRules().get("references").size() - 1) + "]", Kind.CLOSED)
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
			api("POST", "/api/v1/assessments/import", "{}", "body", Kind.CLOSED),
			api("POST", "/api/v1/workspaces", "{\"name\": \"T\"}", "body", Kind.CLOSED),
			owner("POST", "/api/v1/workspaces/{wview}/webhooks",
					"{\"url\": \"" + WEBHOOK_URL + "\", \"events\": [\"vote.cast\"]}", "body", Kind.CLOSED),
			api("POST", "/api/v1/workspaces/import", "{\"schemaVersion\": 1, \"name\": \"T\", \"assessments\": []}",
					"body", Kind.CLOSED),
			owner("PUT", "/api/v1/workspaces/{wview}/catalogue",
					TeamCatalogueFixture.JSON.writeValueAsString(TeamCatalogueFixture.withTeamRules()), "body",
					Kind.CLOSED));

	static FormField form(String path, String field, Kind kind, String... form) {
		return new FormField(path, field, kind, false, form);
	}

	static QueryField page(String path, String param, Kind kind) {
		return new QueryField(path, param, kind, false, true);
	}

	static QueryField apiQuery(String path, String param, Kind kind) {
		return new QueryField(path, param, kind, true, true);
	}

	static FormField inReview(String path, String field, Kind kind, String... form) {
		return new FormField(path, field, kind, true, form);
	}

	/**
	 * A team catalogue document with {@code @} for the value {@code value} (its first
	 * occurrence, or its first one right after {@code after}).
	 */
	static String teamCatalogue(String value, String... after) {
		String json = TeamCatalogueFixture.JSON.writeValueAsString(TeamCatalogueFixture.withTeamRules());
		String find = ((after.length > 0) ? after[0] : "") + value;
		int at = json.indexOf(find);
		if (at < 0) {
			throw new IllegalArgumentException(find);
		}
		return json.substring(0, at) + find.substring(0, find.length() - value.length()) + "@"
				+ json.substring(at + find.length());
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
