package io.archfit.workspace.web;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.AppTest;
import io.archfit.support.FormClient;
import io.archfit.support.Http;
import io.archfit.support.TeamCatalogueFixture;
import io.archfit.workspace.Workspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The team catalogue pages over real HTTP, as a browser without JavaScript uses them:
 * derive a draft, change it with each form, see a refused change come back with every
 * problem and the values entered, publish, read the versions, and find the workspace's
 * assessments scored with the team's catalogue.
 */
@AppTest
class TeamCataloguePagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Workspaces workspaces;

	FormClient browser;

	Http http;

	String ownerKey;

	String viewKey;

	@BeforeEach
	void workspace() {
		this.browser = new FormClient(this.port);
		this.http = new Http(this.port);
		Workspaces.Owned owned = this.workspaces.create("Payments");
		this.ownerKey = owned.ownerKey();
		this.viewKey = owned.workspace().viewKey();
		assertThat(this.browser.get("/wo/" + this.ownerKey).status()).isEqualTo(200);
	}

	@Test
	void aVersionDerivedFromAnEarlierBuiltInVersionListsOnlyTheTeamsOwnChanges() {
		JsonNode v2 = this.http.get("/api/v1/catalogue/v2").json();
		JsonNode current = this.http.get("/api/v1/catalogue").json();
		assertThat(current.get("version").asString()).as("a later built-in version").isNotEqualTo("v2");
		assertThat(current.get("rules")).as("the later version changed rules").isNotEqualTo(v2.get("rules"));
		assertThat(this.http
			.sendJson("PUT", "/api/v1/workspaces/" + this.viewKey + "/catalogue", v2,
					Map.of("X-Owner-Key", this.ownerKey))
			.status()).isEqualTo(201);

		String versions = this.browser.get("/w/" + this.viewKey + "/catalogue").body();
		assertThat(versions).contains("Changes against the built-in catalogue v2", "No change.")
			.doesNotContain("Rule budgetModel-predictable changed");
		assertThat(this.browser.get("/wo/" + this.ownerKey).body()).as("the owner learns of the newer version")
			.contains("It is based on the built-in catalogue v2; " + current.get("version").asString() + " is newer");
		assertThat(this.browser.get(page("")).body()).contains("Start from the published version 1");
		assertRedirect(this.browser.post(page("/derive"), "from", "latest"), "derivedLatest");
		assertThat(this.browser.get(page("")).body()).as("a draft of the published version, based on v2")
			.contains("Changes against the built-in catalogue v2", "No change.",
					"The built-in catalogue " + current.get("version").asString() + " is newer than v2");
		assertThat(this.http.get(page("/draft.json")).json().has("texts"))
			.as("texts copied from the built-in catalogue at publishing are not the team's own")
			.isFalse();
		assertRedirect(this.browser.post(page("/derive")), "derived");
		assertThat(this.browser.get(page("")).body()).as("a fresh draft is the current built-in version")
			.contains("Changes against the built-in catalogue " + current.get("version").asString(), "No change.");
	}

	@Test
	void aDraftFromAnEarlierBuiltInVersionTakesTheCurrentOnesChangesAndKeepsTheTeams() {
		ObjectNode v2 = (ObjectNode) this.http.get("/api/v1/catalogue/v2").json();
		String current = this.http.get("/api/v1/catalogue").json().get("version").asString();
		for (JsonNode rule : v2.get("rules")) {
			if (rule.get("id").asString().equals("budgetModel-predictable")) {
				((ObjectNode) rule.get("effects")).put("serverless", 0);
			}
		}
		assertRedirect(this.browser.post(page("/derive")), "derived");
		assertRedirect(this.browser.post(page("/upload"), "document", v2.toString()), "uploaded");
		String offer = this.browser.get(page("")).body();
		assertThat(offer).contains("Changes against the built-in catalogue v2", "Rule budgetModel-predictable changed",
				"The built-in catalogue " + current + " is newer than v2", "Rule trafficPattern-daily-cycle changed");

		Http.Response taken = this.browser.post(page("/take-built-in"));
		assertThat(taken.status()).isEqualTo(200);
		assertThat(taken.body())
			.contains("Changes taken from the built-in catalogue " + current + ":",
					"Not taken, because your draft changes the same element")
			.containsPattern("id=\"merged-kept\">\\s*<li>Rule budgetModel-predictable changed</li>")
			.contains("Changes against the built-in catalogue " + current)
			.doesNotContain("is newer than");
		assertThat(draftElement("rules", "budgetModel-predictable").get("effects").get("serverless").asInt())
			.as("the team's change stays")
			.isZero();
		assertThat(draftElement("rules", "teams-release-apart-prerequisites-met"))
			.as("a rule the current version added")
			.isNotNull();
		assertThat(draftElement("rules", "teamCount-many-prerequisites-met")).as("a rule it removed").isNull();

		assertThat(this.browser.post(page("/take-built-in")).body())
			.contains("The draft is already based on the built-in catalogue " + current + "; nothing was changed.");
		assertRedirect(this.browser.post(page("/publish")), "published");
		assertThat(this.browser.get("/w/" + this.viewKey + "/catalogue").body())
			.contains("Changes against the built-in catalogue " + current, "Rule budgetModel-predictable changed");
		assertThat(this.browser.get("/w/" + this.viewKey).body()).contains("scored with its team catalogue, version 1.")
			.doesNotContain("is newer");
	}

	@Test
	void newerChangesThatDoNotFitTheTeamsDraftAreRefusedAndTheDraftStaysAsItWas() {
		ObjectNode v2 = (ObjectNode) this.http.get("/api/v1/catalogue/v2").json();
		String dropped = "releaseIndependence";
		for (String list : new String[] { "traits", "rules", "knockOuts", "risks" }) {
			ArrayNode elements = (ArrayNode) v2.get(list);
			for (int i = elements.size() - 1; i >= 0; i--) {
				if (elements.get(i).toString().contains("\"" + dropped + "\"")) {
					elements.remove(i);
				}
			}
		}
		for (JsonNode step : v2.get("steps")) {
			ArrayNode traits = (ArrayNode) step.get("traits");
			for (int i = traits.size() - 1; i >= 0; i--) {
				if (traits.get(i).asString().equals(dropped)) {
					traits.remove(i);
				}
			}
		}
		assertRedirect(this.browser.post(page("/derive")), "derived");
		assertRedirect(this.browser.post(page("/upload"), "document", v2.toString()), "uploaded");
		String before = this.http.get(page("/draft.json")).body();

		Http.Response refused = this.browser.post(page("/take-built-in"));
		assertThat(refused.status()).as("a rule the newer version adds asks the question the team removed")
			.isEqualTo(422);
		assertThat(refused.body())
			.contains("The change was not kept", "teams-release-apart-prerequisites-met",
					"unknown trait &#39;" + dropped + "&#39;")
			.doesNotContain("Changes taken from");
		assertThat(this.http.get(page("/draft.json")).body()).isEqualTo(before);
	}

	@Test
	void aDraftStartedFromThePublishedVersionKeepsTheTeamsOwnElementsAndTexts() {
		assertThat(this.http
			.sendJson("PUT", "/api/v1/workspaces/" + this.viewKey + "/catalogue", TeamCatalogueFixture.withTeamRules(),
					Map.of("X-Owner-Key", this.ownerKey))
			.status()).isEqualTo(201);
		assertRedirect(this.browser.post(page("/derive"), "from", "latest"), "derivedLatest");
		assertThat(draftElement("rules", TeamCatalogueFixture.RULE)).isNotNull();
		JsonNode texts = this.http.get(page("/draft.json")).json().get("texts");
		assertThat(texts.get("en").get("knockout." + TeamCatalogueFixture.KNOCK_OUT).asString())
			.isEqualTo(TeamCatalogueFixture.KNOCK_OUT_REASON);
		assertThat(texts.get("de").has("trait.cardData.label")).isTrue();
		assertThat(texts.get("en").has("rule.domainSize-small")).as("a built-in text is not the team's own").isFalse();
		assertThat(this.browser.get(page("")).body())
			.contains("Discard the draft and start again from the published version 1");
	}

	@Test
	void theOwnerDerivesChangesAndPublishesACatalogueThatScoresTheWorkspace() {
		assertThat(this.browser.get("/w/" + this.viewKey).body()).contains("scored with the built-in catalogue");
		String empty = this.browser.get(page("")).body();
		assertThat(empty).contains("Derive from the built-in catalogue").doesNotContain("weights-form");
		assertRedirect(this.browser.post(page("/derive")), "derived");

		assertRedirect(this.browser.post(page("/questions"), "id", "cardData", "step", "workload", "labelEn",
				"Does it handle card data?", "labelDe", "Verarbeitet es Kartendaten?", "helpEn",
				"Masked numbers count.", "helpDe", "Auch maskierte Nummern zählen.", "options",
				"none | None | Keine\nsome | Some | Einige"), "question");
		assertRedirect(
				this.browser.post(page("/knock-outs"), "id", "no-functions-for-card-data", "architecture", "serverless",
						"when", "cardData=some", "reasonEn", "Our security policy keeps card data off functions.",
						"reasonDe", "Unsere Richtlinie hält Kartendaten von Funktionen fern.", "sourceTitle",
						"Payments security policy", "sourceUrl", "https://intranet.example.org/policies/payments"),
				"knockOut");
		assertRedirect(this.browser.post(page("/weights"), "weight.organisation", "30", "weight.workload", "40",
				"weight.constraints", "15", "weight.delivery", "15"), "weights");
		assertRedirect(this.browser.post(page("/rules"), "id", "cardData-some", "when", "cardData=some",
				"effect.monolith", "2", "effect.serverless", "-2", "criteria", "portability", "reasonEn",
				"Card data stays on our audited platform.", "reasonDe", "Kartendaten bleiben auf unserer Plattform.",
				"source", "team-source-" + (TeamCatalogueFixture.builtIn().get("references").size() + 1)), "rule");
		assertRedirect(this.browser.post(page("/risks"), "id", "card-data-audit", "architectures", "microservices",
				"architectures", "hybrid", "when", "cardData=some", "titleEn", "Card data audits", "titleDe",
				"Prüfungen der Kartendaten", "mitigationEn", "Keep card data in one service.", "mitigationDe",
				"Halten Sie Kartendaten in einem Dienst.", "sourceTitle", "PCI DSS", "sourceUrl",
				"https://www.pcisecuritystandards.org/"), "risk");

		String draft = this.browser.get(page("")).body();
		assertThat(draft).contains("Hard limit no-functions-for-card-data added (rules out serverless)",
				"Question cardData added (answers: none, some)", "Rule cardData-some added",
				"Risk card-data-audit added", "Weight of criterion group workload: 0.40 instead of 0.35",
				"Does it handle card data?");
		JsonNode downloaded = this.http.get(page("/draft.json")).json();
		assertThat(downloaded.get("texts").get("de").get("trait.cardData.label").asString())
			.isEqualTo("Verarbeitet es Kartendaten?");

		Http.Response yaml = this.http.get(page("/draft.yaml"));
		assertThat(yaml.contentType()).startsWith("application/yaml");
		assertThat(yaml.body()).contains("trait.cardData.label: \"Does it handle card data?\"");
		assertRedirect(this.browser.post(page("/upload"), "document", yaml.body()), "uploaded");

		assertRedirect(this.browser.post(page("/publish")), "published");
		assertThat(this.browser.get(page("")).body()).contains("New assessments in this workspace use version 1");
		assertThat(this.browser.get("/w/" + this.viewKey).body()).contains("scored with its team catalogue, version 1");
		String versions = this.browser.get("/w/" + this.viewKey + "/catalogue").body();
		assertThat(versions).contains("Version 1, published",
				"Hard limit no-functions-for-card-data added (rules out serverless)");
		assertThat(this.http.get("/w/" + this.viewKey + "/catalogue?lang=de").body())
			.contains("Harte Grenze no-functions-for-card-data hinzugefügt");

		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Card payments", "workspaceKey", this.ownerKey, "answers",
						Map.of("domainSize", "small", "trafficPattern", "spiky", "cardData", "some")));
		assertThat(created.status()).isEqualTo(201);
		String report = this.browser.get("/a/" + created.json().get("viewKey").asString()).body();
		assertThat(report).contains("Our security policy keeps card data off functions.",
				"scored with the team catalogue, version 1");

		assertThat(this.http.get("/a/" + created.json().get("viewKey").asString() + "/export.md").body())
			.contains("Scored with the team catalogue of its workspace, version 1");
		String viewKey = created.json().get("viewKey").asString();
		String other = this.http
			.postJson("/api/v1/assessments", Map.of("title", "Card refunds", "workspaceKey", this.ownerKey, "answers",
					Map.of("domainSize", "medium", "cardData", "none")))
			.json()
			.get("viewKey")
			.asString();
		for (String path : new String[] { "/a/" + viewKey + "/what-if", "/a/" + viewKey + "/rescore",
				"/compare?keys=" + viewKey + "," + other }) {
			Http.Response shown = this.http.get(path);
			assertThat(shown.status()).as(path).isEqualTo(200);
			assertThat(shown.body()).as(path).doesNotContain("??");
		}
		assertThat(this.http.get("/a/" + viewKey + "/what-if").body()).contains("Does it handle card data?");
		Http.Response whatIf = this.browser.post("/a/" + viewKey + "/what-if", "t.cardData", "none");
		assertThat(whatIf.status()).isEqualTo(200);
		assertThat(whatIf.body()).doesNotContain("??");

		Http.Response wizard = this.browser.post("/assessments/new", "t.domainSize", "small", "workspace",
				this.ownerKey);
		assertThat(wizard.status()).isEqualTo(302);
		String step2 = this.browser.get(this.browser.redirectPath(wizard)).body();
		assertThat(step2).contains("Does it handle card data?", "name=\"t.cardData\"", "class=\"live-ranking\"")
			.containsPattern("data-assessment=\"[A-Za-z0-9_-]{32}\"");
		assertThat(this.browser.get("/assessments/new").body()).contains("class=\"live-ranking\"")
			.doesNotContain("data-assessment");
	}

	@Test
	void aChangeWithProblemsIsNotKeptAndComesBackWithEveryProblemAndTheValuesEntered() {
		this.browser.post(page("/derive"));
		Http.Response refused = this.browser.post(page("/knock-outs"), "id", "no-functions", "architecture",
				"mainframe", "when", "taskDuration=long-running", "reasonEn", "No functions here.", "reasonDe", "",
				"source", "");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("The change was not kept", "unknown architecture",
				"$.texts.de.knockout.no-functions", "must cite at least one reference", "value=\"no-functions\"",
				"No functions here.");
		assertThat(this.browser.get(page("")).body()).doesNotContain("Hard limit no-functions added");

		Http.Response weights = this.browser.post(page("/weights"), "weight.organisation", "50", "weight.workload",
				"50", "weight.constraints", "15", "weight.delivery", "x");
		assertThat(weights.status()).isEqualTo(422);
		assertThat(weights.body()).contains("weight.delivery", "cannot be read");
		Http.Response sum = this.browser.post(page("/weights"), "weight.organisation", "50", "weight.workload", "50",
				"weight.constraints", "15", "weight.delivery", "15");
		assertThat(sum.status()).isEqualTo(422);
		assertThat(sum.body()).contains("$.groups", "weights must add up to 1");

		Http.Response unreadable = this.browser.post(page("/rules"), "id", "r", "when", "domainSize=small", "number",
				"trait:engineers", "atLeast", "many", "effect.monolith", "1", "criteria", "complexity", "reasonEn", "a",
				"reasonDe", "b", "source", "fowler-2015-premium");
		assertThat(unreadable.status()).isEqualTo(422);
		assertThat(unreadable.body()).contains("atLeast", "cannot be read", "value=\"many\"");
		Http.Response noNumber = this.browser.post(page("/rules"), "id", "r", "when", "domainSize=small", "below", "10",
				"effect.monolith", "1", "criteria", "complexity", "reasonEn", "a", "reasonDe", "b", "source",
				"fowler-2015-premium");
		assertThat(noNumber.status()).isEqualTo(422);
		assertThat(noNumber.body()).contains("number", "cannot be read");
		Http.Response noBound = this.browser.post(page("/rules"), "id", "r", "when", "domainSize=small", "number",
				"quantity:engineersPerTeam", "effect.monolith", "1", "criteria", "complexity", "reasonEn", "a",
				"reasonDe", "b", "source", "fowler-2015-premium");
		assertThat(noBound.status()).isEqualTo(422);
		assertThat(noBound.body()).contains("$.rules[", "a numeric condition needs atLeast, below or both");
		Http.Response knockOutBound = this.browser.post(page("/knock-outs"), "id", "k", "architecture", "serverless",
				"when", "domainSize=small", "number", "trait:engineers", "below", "ten", "reasonEn", "a", "reasonDe",
				"b", "source", "fowler-2015-premium");
		assertThat(knockOutBound.status()).isEqualTo(422);
		assertThat(knockOutBound.body()).contains("below", "cannot be read", "value=\"ten\"");

		Http.Response upload = this.browser.post(page("/upload"), "document", "{\"version\": ");
		assertThat(upload.status()).isEqualTo(422);
		assertThat(upload.body()).contains("not valid JSON");
		Http.Response script = this.browser.post(page("/questions"), "id", "q", "step", "team", "labelEn",
				"<script>alert(1)</script>", "labelDe", "x", "helpEn", "x", "helpDe", "x", "options",
				"a | A | A\nb | B");
		assertThat(script.status()).isEqualTo(422);
		assertThat(script.body()).doesNotContain("<script>alert(1)</script>").contains("$.texts.de.trait.q.option.b");
	}

	@Test
	void theOwnerAddsACriterionWeighsCriteriaAndRemovesElements() {
		assertRedirect(this.browser.post(page("/derive")), "derived");
		assertRedirect(
				this.browser.post(page("/criteria"), "id", "platform-fit", "group", "constraints", "kind", "difference",
						"weight", "2", "nameEn", "Fit with our platform", "nameDe", "Passung zu unserer Plattform",
						"descriptionEn", "How well it runs on the Kubernetes platform we operate.", "descriptionDe",
						"Wie gut es auf unserer Kubernetes-Plattform läuft."),
				"criterion");
		assertRedirect(
				this.browser.post(page("/rules"), "id", "one-team-platform", "when", "teamCount=one", "effect.monolith",
						"2", "effect.serverless", "-1", "criteria", "platform-fit", "reasonEn",
						"One team runs best on the platform it already knows.", "reasonDe",
						"Ein Team läuft am besten auf der Plattform, die es kennt.", "source", "fowler-2015-premium"),
				"rule");
		assertRedirect(this.browser.post(page("/weights"), "weight.organisation", "35", "weight.workload", "35",
				"weight.constraints", "15", "weight.delivery", "15", "criterionWeight.cost", "3"), "weights");

		String draft = this.browser.get(page("")).body();
		Matcher links = Pattern.compile("<nav class=\"page-contents\"(?s).*?</nav>").matcher(draft);
		assertThat(links.find()).as("the page's contents").isTrue();
		Matcher target = Pattern.compile("href=\"#([a-z-]+)\"").matcher(links.group());
		int targets = 0;
		while (target.find()) {
			assertThat(draft).as("a contents link's target").contains("id=\"" + target.group(1) + "\"");
			targets++;
		}
		assertThat(targets).isEqualTo(9);
		assertThat(draft).contains("Criterion platform-fit added", "Rule one-team-platform added",
				"Criterion cost (group, weight): workload, 3.00 instead of workload, 1.00",
				"id=\"criterion-weight-platform-fit\"", "value=\"2.00\"");
		JsonNode document = this.http.get(page("/draft.json")).json();
		assertThat(document.get("texts").get("de").get("criterion.platform-fit.name").asString())
			.isEqualTo("Passung zu unserer Plattform");

		Http.Response stillAsked = this.browser.post(page("/remove"), "element", "criterion:platform-fit");
		assertThat(stillAsked.status()).isEqualTo(422);
		assertThat(stillAsked.body()).contains("The change was not kept", "platform-fit");
		assertRedirect(this.browser.post(page("/remove"), "element", "rule:one-team-platform"), "removed");
		assertRedirect(this.browser.post(page("/remove"), "element", "criterion:platform-fit"), "removed");
		assertThat(this.browser.post(page("/remove"), "element", "nothing").status()).isEqualTo(422);
		String after = this.browser.get(page("")).body();
		assertThat(after).doesNotContain("Criterion platform-fit added", "Rule one-team-platform added");
		assertThat(this.http.get(page("/draft.json")).json().get("texts").get("en").has("criterion.platform-fit.name"))
			.isFalse();

		assertRedirect(this.browser.post(page("/criteria"), "id", "platform-fit", "group", "constraints", "kind",
				"difference", "weight", "1", "nameEn", "Fit with our platform", "nameDe",
				"Passung zu unserer Plattform", "descriptionEn", "How well it runs on our platform.", "descriptionDe",
				"Wie gut es auf unserer Plattform läuft."), "criterion");
		assertRedirect(
				this.browser.post(page("/rules"), "id", "one-team-platform", "when", "teamCount=one", "effect.monolith",
						"2", "criteria", "platform-fit", "reasonEn",
						"One team runs best on the platform it already knows.", "reasonDe",
						"Ein Team läuft am besten auf der Plattform, die es kennt.", "source", "fowler-2015-premium"),
				"rule");
		assertRedirect(this.browser.post(page("/publish")), "published");
		Http.Response created = this.http.postJson("/api/v1/assessments", Map.of("title", "Platform service",
				"workspaceKey", this.ownerKey, "answers", Map.of("domainSize", "small", "teamCount", "one")));
		assertThat(created.status()).isEqualTo(201);
		String report = this.browser.get("/a/" + created.json().get("viewKey").asString()).body();
		assertThat(report).contains("Fit with our platform", "One team runs best on the platform it already knows.");
	}

	@Test
	void aRuleOnACombinedConditionMovesOnlyTheAssessmentsThatMeetAllOfIt() {
		assertRedirect(this.browser.post(page("/derive")), "derived");
		assertRedirect(this.browser.post(page("/rules"), "id", "large-org-many-teams", "when", "domainSize=large",
				"when", "teamCount=few", "when", "teamCount=many", "number", "quantity:engineersPerTeam", "atLeast",
				"4", "below", "12,5", "effect.microservices", "2", "effect.monolith", "-1", "criteria", "complexity",
				"reasonEn", "Several teams of a workable size on a large domain can own services of their own.",
				"reasonDe", "Mehrere Teams brauchbarer Größe auf einer großen Domäne können eigene Dienste besitzen.",
				"source", "fowler-2015-premium"), "rule");
		JsonNode rule = draftElement("rules", "large-org-many-teams");
		assertThat(rule).as("the rule in the draft").isNotNull();
		JsonNode all = rule.get("when").get("all");
		assertThat(all).hasSize(3);
		assertThat(all.get(0).get("trait").asString()).isEqualTo("domainSize");
		assertThat(all.get(1).get("anyOf")).hasSize(2);
		assertThat(all.get(2).get("quantity").asString()).isEqualTo("engineersPerTeam");
		assertThat(all.get(2).get("atLeast").asDouble()).isEqualTo(4.0);
		assertThat(all.get(2).get("below").asDouble()).isEqualTo(12.5);
		assertRedirect(this.browser.post(page("/risks"), "id", "large-org-on-call", "architectures", "microservices",
				"when", "domainSize=large", "when", "teamCount=many", "titleEn", "On call across teams", "titleDe",
				"Bereitschaft über Teams", "mitigationEn", "Share one rota.", "mitigationDe", "Eine Rota teilen.",
				"source", "fowler-2015-premium"), "risk");
		JsonNode risk = draftElement("risks", "large-org-on-call");
		assertThat(risk).as("the risk in the draft").isNotNull();
		assertThat(risk.get("when")).hasSize(1);
		assertThat(risk.get("when").get(0).get("all")).as("a risk on two questions").hasSize(2);
		assertRedirect(this.browser.post(page("/publish")), "published");

		String reason = "Several teams of a workable size on a large domain can own services of their own.";
		assertThat(report(Map.of("domainSize", "large", "teamCount", "many", "engineers", 48))).contains(reason);
		assertThat(report(Map.of("domainSize", "large", "teamCount", "many", "engineers", 200)))
			.as("too many engineers a team for the bound")
			.doesNotContain(reason);
		assertThat(report(Map.of("domainSize", "medium", "teamCount", "many", "engineers", 48)))
			.as("another domain size")
			.doesNotContain(reason);
	}

	private String report(Map<String, Object> answers) {
		Http.Response created = this.http.postJson("/api/v1/assessments",
				Map.of("title", "Combined", "workspaceKey", this.ownerKey, "answers", answers));
		assertThat(created.status()).isEqualTo(201);
		return this.browser.get("/a/" + created.json().get("viewKey").asString()).body();
	}

	@Test
	void aCriterionOrWeightThatCannotBeReadIsRefusedWithWhereItIs() {
		this.browser.post(page("/derive"));
		Http.Response weight = this.browser.post(page("/weights"), "weight.organisation", "35", "weight.workload", "35",
				"weight.constraints", "15", "weight.delivery", "15", "criterionWeight.cost", "lots");
		assertThat(weight.status()).isEqualTo(422);
		assertThat(weight.body()).contains("criterionWeight.cost", "cannot be read");
		Http.Response tooHeavy = this.browser.post(page("/weights"), "weight.organisation", "35", "weight.workload",
				"35", "weight.constraints", "15", "weight.delivery", "15", "criterionWeight.cost", "50");
		assertThat(tooHeavy.status()).isEqualTo(422);
		assertThat(tooHeavy.body()).contains("$.criteria[", "weight must be a number above 0 and at most 10");
		Http.Response criterion = this.browser.post(page("/criteria"), "id", "cost", "group", "nowhere", "kind", "odd",
				"weight", "1", "nameEn", "Cost again", "nameDe", "", "descriptionEn", "x", "descriptionDe", "y");
		assertThat(criterion.status()).isEqualTo(422);
		assertThat(criterion.body()).contains("duplicate criterion id", "unknown group", "unknown kind",
				"value=\"Cost again\"");
	}

	@Test
	void withoutADraftThereIsNothingToPublishOrDownload() {
		assertThat(this.browser.post(page("/publish")).status()).isEqualTo(404);
		assertThat(this.http.get(page("/draft.json")).status()).isEqualTo(404);
		assertThat(this.browser.post(page("/rules"), "id", "r").status()).isEqualTo(302);
		assertThat(this.browser.get("/w/" + this.viewKey + "/catalogue").body())
			.contains("No version is published yet");
	}

	/** An element of the draft's document by its list and id, or null. */
	private JsonNode draftElement(String list, String id) {
		for (JsonNode node : this.http.get(page("/draft.json")).json().get(list)) {
			if (node.get("id").asString().equals(id)) {
				return node;
			}
		}
		return null;
	}

	private String page(String rest) {
		return "/wo/" + this.ownerKey + "/catalogue" + rest;
	}

	private void assertRedirect(Http.Response response, String done) {
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		assertThat(this.browser.redirectPath(response)).endsWith("/catalogue?done=" + done);
	}

}
