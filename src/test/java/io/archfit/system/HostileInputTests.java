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
import io.archfit.evaluation.CostAssumptions;
import io.archfit.review.Comments;
import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.TeamCatalogueFixture;
import io.archfit.workspace.Workspaces;
import io.archfit.workspace.catalogue.TeamCatalogues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
@ExtendWith(OutputCaptureExtension.class)
@AppTest
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
