package io.archfit.assessment.cost;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.assessment.Revisions;
import io.archfit.evaluation.Answers;
import io.archfit.catalogue.CostModelSpec.Figure;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CostModel;
import io.archfit.support.AppTest;
import io.archfit.workspace.Workspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's cost section, the owner's assumptions form (good and bad input), the
 * what-if page (nothing saved) and saving a variant as a scenario, through the full web
 * stack.
 */
@AppTest
class CostPagesTests {

	static final Map<String, String> WORKLOAD = Map.of("monthlyRequests", "5000000", "avgDurationMs", "100", "memoryMb",
			"512", "peakToAverage", "5", "trafficPattern", "daily-cycle", "teamCount", "one");

	@Autowired
	Engine engine;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Assessments assessments;

	@Autowired
	Revisions revisions;

	@Autowired
	Workspaces workspaces;

	private Assessments.Owned create(String title) {
		return this.assessments.create(title, null, Answers.of(WORKLOAD), List.of(), null, null);
	}

	@Test
	void reportShowsTheCostSectionWithTableChartAndAssumptions() throws Exception {
		Assessments.Owned owned = create("Costed");
		String html = this.mvc.get()
			.uri("/a/" + owned.assessment().viewKey())
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Estimated monthly cost", "$5.80", "$58.31", "cost-chart-title", "cost-chart-desc",
				"role=\"img\"", "Break-even: about 32 million", "Your volume: 5 million", "10k", "10B",
				"class=\"cost-line arch-serverless\"", "2026-11-01", "Functions: price per million calls");
		// the criterion's break-even: infrastructure alone, or the total of ownership
		// where
		// the catalogue compares that (functions then stay cheaper to about 52 million)
		boolean total = CostModel.of(this.engine.catalogue(owned.assessment().catalogueVersion()))
			.bandsFigure() == Figure.TOTAL;
		assertThat(html).contains(
				total ? "far below the break-even of about 52 million" : "below the break-even of about 32 million");
		assertThat(html).contains("The chart as a table", "/a/" + owned.assessment().viewKey() + "/what-if");
		assertThat(html).doesNotContain("style=\"", "Change the assumptions");
		// the cost criterion says where its scores come from
		assertThat(html).contains("From the cost model");
	}

	@Test
	void ownerChangesAssumptionsAsANewRevision() throws Exception {
		Assessments.Owned owned = create("Prices");
		String owner = "/o/" + owned.ownerKey();
		assertThat(this.mvc.get().uri(owner).exchange()).bodyText().contains("Change the assumptions", "a.vcpuHourUsd");
		MvcTestResult result = this.mvc.post()
			.uri(owner + "/assumptions")
			.with(csrf())
			.param("version", Long.toString(owned.assessment().version()))
			.param("a.gatewayPerMillionUsd", "0")
			.param("a.vcpuHourUsd", "0.04048")
			.param("a.servicesCount", "")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(owner + "?done=assumptions");
		Assessment saved = this.assessments.byOwnerKey(owned.ownerKey());
		assertThat(saved.revision()).isEqualTo(2);
		assertThat(saved.assumptions()).containsOnlyKeys("gatewayPerMillionUsd");
		assertThat(this.revisions.list(saved).get(0).assumptions()).containsEntry("gatewayPerMillionUsd", 0.0);
		String html = this.mvc.get().uri(owner + "?done=assumptions").exchange().getResponse().getContentAsString();
		assertThat(html).contains("The new assumptions are saved as a new revision.", "$0.80",
				"Some assumptions of this assessment differ from the defaults", "class=\"changed\"");
	}

	@Test
	void badAssumptionsAreShownNextToTheirFieldsAndNothingIsSaved() throws Exception {
		Assessments.Owned owned = create("Bad prices");
		String owner = "/o/" + owned.ownerKey();
		MvcTestResult result = this.mvc.post()
			.uri(owner + "/assumptions")
			.with(csrf())
			.param("version", Long.toString(owned.assessment().version()))
			.param("a.vcpuHourUsd", "-1")
			.param("a.targetUtilization", "2")
			.param("a.minTasks", "many")
			.exchange();
		assertThat(result).hasStatus(422);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("as-err-vcpuHourUsd", "as-err-targetUtilization", "as-err-minTasks", "error-summary",
				"Enter a number of 0 or more.", "value=\"many\"");
		assertThat(this.assessments.byOwnerKey(owned.ownerKey()).revision()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/o/" + "x".repeat(32) + "/assumptions").exchange()).hasStatus(404);
	}

	@Test
	void resetGoesBackToTheDefaults() throws Exception {
		Assessments.Owned owned = this.assessments.create("Reset", null, Answers.of(WORKLOAD), List.of(),
				CostAssumptions.fromMap(Map.of("minTasks", 3)), null);
		String owner = "/o/" + owned.ownerKey();
		MvcTestResult result = this.mvc.post()
			.uri(owner + "/assumptions")
			.with(csrf())
			.param("version", Long.toString(owned.assessment().version()))
			.param("reset", "true")
			.exchange();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(owner + "?done=assumptions");
		assertThat(this.assessments.byOwnerKey(owned.ownerKey()).assumptions()).isNull();
	}

	@Test
	void eachRevisionIsScoredWithTheAssumptionsItWasSavedWith() throws Exception {
		Assessments.Owned owned = this.assessments.create("Revisions", null, Answers.of(WORKLOAD), List.of(),
				CostAssumptions.fromMap(Map.of("minTasks", 3)), null);
		this.assessments.changeAssumptions(owned.ownerKey(), owned.assessment().version(), CostAssumptions.defaults());
		var assessment = this.assessments.byOwnerKey(owned.ownerKey());
		assertThat(assessment.revision()).isEqualTo(2);
		assertThat(this.revisions.evaluationOf(this.revisions.one(assessment, 1)).cost().assumptions().minTasks())
			.isEqualTo(3);
		assertThat(this.revisions.evaluationOf(this.revisions.one(assessment, 2)).cost().assumptions().minTasks())
			.isEqualTo(2);
		String compared = this.mvc.get()
			.uri("/a/" + assessment.viewKey() + "/revisions/compare?from=1&to=2")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(compared).contains("Revision 1 and revision 2");
	}

	@Test
	void whatIfShowsTheVariantNextToTheSavedReportAndSavesNothing() throws Exception {
		Assessments.Owned owned = create("What if");
		String viewKey = owned.assessment().viewKey();
		String form = this.mvc.get().uri("/a/" + viewKey + "/what-if").exchange().getResponse().getContentAsString();
		assertThat(form).contains("t.trafficPattern", "value=\"daily-cycle\" checked", "value=\"5000000\"",
				"a.gatewayPerMillionUsd");
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + viewKey + "/what-if")
			.with(csrf())
			.param("t.monthlyRequests", "3 000 000 000")
			.param("t.trafficPattern", "steady")
			.param("t.teamCount", "one")
			.param("t.avgDurationMs", "100")
			.param("t.memoryMb", "512")
			.param("t.peakToAverage", "5")
			.param("a.gatewayPerMillionUsd", "3.5")
			.exchange();
		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Result of the variant", "What you changed", "3\u00a0000\u00a0000\u00a0000", "Steady",
				"HTTP gateway", "$5.80", "Save as scenario", "name=\"t.monthlyRequests\" value=\"3 000 000 000\"",
				"What would change the variant");
		Assessment after = this.assessments.byViewKey(viewKey);
		assertThat(after.revision()).isEqualTo(1);
		assertThat(after.answers().get("monthlyRequests")).isEqualTo("5000000");
		assertThat(after.assumptions()).isNull();
	}

	@Test
	void whatIfShowsBadValuesNextToTheirFields() throws Exception {
		Assessments.Owned owned = create("What if bad");
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + owned.assessment().viewKey() + "/what-if")
			.with(csrf())
			.param("t.monthlyRequests", "lots")
			.param("a.cpuShare", "0")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText().contains("err-monthlyRequests", "as-err-cpuShare", "error-summary");
	}

	@Test
	void aVariantIsSavedAsAScenarioWithItsOwnLinks() throws Exception {
		Assessments.Owned owned = create("Original");
		String viewKey = owned.assessment().viewKey();
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + viewKey + "/what-if/save")
			.with(csrf())
			.param("title", "Original at scale")
			.param("t.monthlyRequests", "900000000")
			.param("t.trafficPattern", "steady")
			.param("t.teamCount", "one")
			.param("a.minTasks", "3")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/o/[A-Za-z0-9_-]{32}\\?done=scenario");
		assertThat(result.getResponse().getHeaders("Set-Cookie"))
			.anyMatch((cookie) -> cookie.startsWith("archfit_recent=" + location.substring(3, 35)));
		String ownerKey = location.substring(3, 35);
		Assessment scenario = this.assessments.byOwnerKey(ownerKey);
		assertThat(scenario.title()).isEqualTo("Original at scale");
		assertThat(scenario.scenarioOf()).isEqualTo(owned.assessment().id());
		assertThat(scenario.answers().get("monthlyRequests")).isEqualTo("900000000");
		assertThat(scenario.assumptions()).containsEntry("minTasks", 3.0);
		assertThat(scenario.viewKey()).isNotEqualTo(viewKey);

		String html = this.mvc.get().uri(location).exchange().getResponse().getContentAsString();
		assertThat(html).contains("The scenario is saved as a new assessment", "This assessment is a scenario of",
				"href=\"/a/" + viewKey + "\"", "Original");
		// the original is unchanged and shows no scenario note
		assertThat(this.assessments.byViewKey(viewKey).revision()).isEqualTo(1);
		assertThat(this.mvc.get().uri("/a/" + viewKey).exchange()).bodyText()
			.doesNotContain("This assessment is a scenario of");
	}

	@Test
	void aScenarioSavedThroughTheViewLinkGoesIntoNoWorkspace() throws Exception {
		Workspaces.Owned team = this.workspaces.create("Team");
		Assessments.Owned owned = this.assessments.create("Listed", null, Answers.of(WORKLOAD), List.of(), null,
				team.workspace().id());
		Assessment scenario = this.assessments.byOwnerKey(saveScenario(owned.assessment().viewKey(), "Variant"));
		assertThat(scenario.scenarioOf()).isEqualTo(owned.assessment().id());
		assertThat(scenario.workspaceId()).isNull();
		assertThat(this.mvc.get().uri("/w/" + team.workspace().viewKey()).exchange()).bodyText()
			.contains("Listed")
			.doesNotContain("Variant");
	}

	@Test
	void renewingTheOriginalsViewLinkCutsItsScenariosOff() throws Exception {
		Assessments.Owned owned = create("Original");
		String oldView = owned.assessment().viewKey();
		String scenarioOwner = saveScenario(oldView, "Variant");
		assertThat(this.mvc.post().uri("/o/" + owned.ownerKey() + "/rotate-view").with(csrf()).exchange())
			.hasStatus3xxRedirection();
		String newView = this.assessments.byOwnerKey(owned.ownerKey()).viewKey();
		assertThat(newView).isNotEqualTo(oldView);
		Assessment scenario = this.assessments.byOwnerKey(scenarioOwner);
		assertThat(scenario.scenarioOf()).isNull();
		for (String page : List.of("/o/" + scenarioOwner, "/a/" + scenario.viewKey())) {
			assertThat(this.mvc.get().uri(page).exchange()).bodyText()
				.doesNotContain(newView, oldView, "This assessment is a scenario of");
		}
	}

	/** Saves a variant of the assessment behind the view link; its owner key. */
	private String saveScenario(String viewKey, String title) {
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + viewKey + "/what-if/save")
			.with(csrf())
			.param("title", title)
			.param("t.monthlyRequests", "900000000")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		return result.getResponse().getRedirectedUrl().substring(3, 35);
	}

	@ParameterizedTest
	@ValueSource(strings = { "long", "control" })
	void aBadScenarioTitleIsRefusedNextToItsFieldAndSavesNothing(String kind) throws Exception {
		Assessments.Owned owned = create("Original");
		String viewKey = owned.assessment().viewKey();
		String title = kind.equals("long") ? "<b>x</b>".repeat(26) : "Scale\u0007\u001b[31m";
		long before = this.assessments.findByViewKey(viewKey).map(Assessment::revision).orElseThrow();
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + viewKey + "/what-if/save")
			.with(csrf())
			.param("title", title)
			.param("t.monthlyRequests", "900000000")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText()
			.contains("id=\"scenario-title-error\"", "name=\"title\"", "error-summary", kind.equals("long")
					? "At most 200 characters."
					: "A title is a single line: tabs, line breaks and other control characters are not allowed.")
			.contains("name=\"t.monthlyRequests\" value=\"900000000\"")
			.doesNotContain("<b>x</b>");
		assertThat(result.getResponse().getRedirectedUrl()).isNull();
		assertThat(this.assessments.byViewKey(viewKey).revision()).isEqualTo(before);
	}

	@Test
	void theOfferedScenarioTitleOfALongOriginalFitsAndSavesUnchanged() throws Exception {
		Assessments.Owned owned = create("Q".repeat(200));
		String page = this.mvc.post()
			.uri("/a/" + owned.assessment().viewKey() + "/what-if")
			.with(csrf())
			.param("t.monthlyRequests", "900000000")
			.exchange()
			.getResponse()
			.getContentAsString();
		Matcher offered = Pattern.compile("name=\"title\"[^>]*value=\"([^\"]*)\"").matcher(page);
		assertThat(offered.find()).as("offered title").isTrue();
		String title = offered.group(1);
		assertThat(title).hasSizeLessThanOrEqualTo(200).startsWith("QQQQ").endsWith("\u2026 (scenario)");
		String ownerKey = saveScenario(owned.assessment().viewKey(), title);
		assertThat(this.assessments.byOwnerKey(ownerKey).title()).isEqualTo(title);
	}

	@Test
	void aScenarioWithoutATitleTakesTheOriginalsTitle() throws Exception {
		Assessments.Owned owned = create("Original title");
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + owned.assessment().viewKey() + "/what-if/save")
			.with(csrf())
			.param("title", "   ")
			.param("t.monthlyRequests", "900000000")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		String ownerKey = result.getResponse().getRedirectedUrl().substring(3, 35);
		assertThat(this.assessments.byOwnerKey(ownerKey).title()).isEqualTo("Original title");
	}

}
