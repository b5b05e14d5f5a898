package io.archfit.assessment.web;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evidence.Evidence;
import io.archfit.evidence.TrackRecord;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis of a report (charts, comparison, criteria, risks, tipping points, answers)
 * is laid out once per set of answers and language and then reused: a changed answer, a
 * revision or another language always shows its own analysis, never a kept one of another
 * set.
 * <p>
 * Own context and database (not {@code @AppTest}): it keeps only four rendered report
 * parts, so that it can see parts being dropped and rendered again.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:report-analysis;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"archfit.rendered-fragments=4" })
class ReportAnalysisTests {

	static final Map<String, Object> SMALL = Map.of("domainSize", "small", "teamCount", "one", "engineers", 4,
			"timeToMarket", "under-3-months", "trafficPattern", "steady");

	static final Map<String, Object> GPU = Map.of("specialRuntime", "gpu", "teamCount", "many", "domainSize", "large");

	static final Pattern ANALYSIS = Pattern.compile(
			"<section aria-labelledby=\"(ranking|heatmap|blockers|compare|criteria|risks|tipping|answers)-heading\".*?</section>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void changedAnswersRevisionsAndLanguagesEachShowTheirOwnAnalysis() {
		JsonNode created = this.http.postJson("/api/v1/assessments", Map.of("title", "Orders", "answers", SMALL))
			.json();
		String viewKey = created.get("viewKey").asString();
		String ownerKey = created.get("ownerKey").asString();
		String small = analysis(page("/a/" + viewKey, "en"));
		assertThat(small).contains("Criteria at a glance").doesNotContain("GPU");
		assertThat(analysis(page("/a/" + viewKey, "en"))).isEqualTo(small);
		assertThat(analysis(page("/o/" + ownerKey, "en"))).isEqualTo(small);

		Http.Response revised = this.http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers",
				Map.of("answers", GPU), Map.of("X-Owner-Key", ownerKey));
		assertThat(revised.status()).isEqualTo(200);
		String gpu = analysis(page("/a/" + viewKey, "en"));
		assertThat(gpu).isNotEqualTo(small).contains("GPU");
		assertThat(recommended(gpu)).isEqualTo(recommended(revised.json()));

		assertThat(analysis(page("/a/" + viewKey + "/revisions/1", "en"))).isEqualTo(small);
		assertThat(analysis(page("/a/" + viewKey + "/revisions/2", "en"))).isEqualTo(gpu);

		String german = analysis(page("/a/" + viewKey, "de"));
		assertThat(german).contains("Kriterien auf einen Blick").doesNotContain("Criteria at a glance");
		assertThat(analysis(page("/a/" + viewKey, "en"))).isEqualTo(gpu);
	}

	/**
	 * A page with a character beyond Latin-1 becomes a two-byte string from there on,
	 * which the profile of the report showed costing a third of its CPU: the report's own
	 * texts (the kept parts write theirs as references) stay within Latin-1.
	 */
	@Test
	void theRankingSaysHowOftenItsConfidenceLevelHeldOnThePublicCases() {
		JsonNode created = this.http.postJson("/api/v1/assessments", Map.of("title", "Orders", "answers", SMALL))
			.json();
		String viewKey = created.get("viewKey").asString();
		JsonNode read = this.http.get("/api/v1/assessments/" + viewKey).json();
		ConfidenceLevel level = ConfidenceLevel
			.valueOf(read.get("evaluation").get("confidenceLevel").asString().toUpperCase(Locale.ROOT));
		Catalogue catalogue = Catalogues.loadBuiltIn().current();
		TrackRecord record = new Evidence().trackRecord(catalogue, level).orElseThrow();
		String english = analysis(page("/a/" + viewKey, "en"));
		assertThat(english).contains("What " + level.id() + " confidence has meant so far: of the " + record.corpus()
				+ " public cases this catalogue is checked against, " + record.cases() + " get " + level.id()
				+ " confidence, and for " + record.right() + " of them (" + record.percent()
				+ " %) it recommends what their authors chose.");
		assertThat(analysis(page("/a/" + viewKey, "de"))).contains("bisher bedeutet: Von den " + record.corpus());
	}

	/**
	 * Khan Academy's answers (a case of the corpus) lead the engine to a monolith by a
	 * medium lead, while none of the three published cases nearest to them chose one: the
	 * confidence is held below medium, and the report, the API and the decision record
	 * say why.
	 */
	@Test
	void theRankingSaysWhenTheNearestPublishedCasesHoldTheConfidenceDown() {
		Map<String, String> answers = new Evidence().corpus()
			.cases()
			.stream()
			.filter((c) -> c.id().equals("khan-academy-goliath"))
			.findFirst()
			.orElseThrow()
			.answers();
		String viewKey = created("Content platform", Map.copyOf(answers));
		JsonNode evaluation = this.http.get("/api/v1/assessments/" + viewKey).json().get("evaluation");
		assertThat(evaluation.get("recommended").asString()).isEqualTo("monolith");
		long agreeing = 0;
		for (JsonNode similar : evaluation.get("similarCases")) {
			agreeing += similar.get("concluded").asString().equals("monolith") ? 1 : 0;
		}
		JsonNode check = evaluation.get("confidenceCheck");
		assertThat(check.get("nearestCases").asInt()).isEqualTo(evaluation.get("similarCases").size()).isEqualTo(3);
		assertThat(check.get("agreeing").asLong()).isEqualTo(agreeing).isZero();
		assertThat(check.get("heldBelow").asString()).isEqualTo("medium");
		assertThat(evaluation.get("confidenceLevel").asString()).isEqualTo("low");
		assertThat(evaluation.get("confidence").asDouble()).isEqualTo(0.64);

		String english = page("/a/" + viewKey, "en");
		assertThat(english)
			.contains("<a href=\"#teams-like-yours\">Held down: 0 of the 3 most similar published cases chose it</a>");
		assertThat(analysis(english))
			.contains("Kept below medium: 0 of the 3 published cases most like your answers chose Modular monolith");
		String german = page("/a/" + viewKey, "de");
		assertThat(german).contains(
				"<a href=\"#teams-like-yours\">Ged&#228;mpft: 0 der 3 &#228;hnlichsten ver&#246;ffentlichten F&#228;lle "
						+ "w&#228;hlten dasselbe</a>");
		assertThat(analysis(german)).contains("Unter &#8222;mittel&#8220; gehalten: 0 der 3");
		assertThat(german.codePoints().filter((c) -> c > 0xFF).count()).isZero();
		assertThat(page("/a/" + viewKey + "/export.md", "en")).contains("ArchFit's confidence in its ranking: 64 %. "
				+ "It is kept below medium because 0 of the 3 published cases most like these answers chose Modular monolith.");
	}

	@Test
	void theReportsOwnTextsStayWithinLatinOne() {
		JsonNode created = this.http.postJson("/api/v1/assessments", Map.of("title", "Orders", "answers", SMALL))
			.json();
		for (String path : List.of("/a/" + created.get("viewKey").asString(),
				"/o/" + created.get("ownerKey").asString())) {
			for (String language : List.of("en", "de")) {
				String html = page(path, language);
				assertThat(html.codePoints().filter((c) -> c > 0xFF).mapToObj(Character::toString).toList())
					.as(path.substring(0, 3) + " in " + language)
					.isEmpty();
			}
		}
	}

	@Test
	void assessmentsWithTheSameAnswersShowTheSameAnalysisUnderTheirOwnTitles() {
		String first = created("First", GPU);
		String second = created("Second", GPU);
		String firstPage = page("/a/" + first, "en");
		String secondPage = page("/a/" + second, "en");
		assertThat(analysis(secondPage)).isEqualTo(analysis(firstPage));
		assertThat(firstPage).contains("<h1>First</h1>");
		assertThat(secondPage).contains("<h1>Second</h1>");
	}

	private String created(String title, Map<String, Object> answers) {
		return this.http.postJson("/api/v1/assessments", Map.of("title", title, "answers", answers))
			.json()
			.get("viewKey")
			.asString();
	}

	private String page(String path, String language) {
		Http.Response response = this.http
			.send(HttpRequest.newBuilder(this.http.uri(path)).header("Accept-Language", language).GET().build());
		assertThat(response.status()).as(path).isEqualTo(200);
		return response.body();
	}

	/** The analysis sections of a report page, in order. */
	private static String analysis(String page) {
		StringBuilder sections = new StringBuilder();
		Matcher section = ANALYSIS.matcher(page);
		while (section.find()) {
			sections.append(section.group().replaceAll("\\s+", " ")).append('\n');
		}
		assertThat(sections).as("analysis sections").contains("ranking-heading", "criteria-heading");
		return sections.toString();
	}

	/** The architecture named first in the ranking table. */
	private static String recommended(String analysis) {
		Matcher first = Pattern.compile("class=\"swatch arch-([a-z-]+)\"").matcher(analysis);
		assertThat(first.find()).isTrue();
		return first.group(1);
	}

	private static String recommended(JsonNode assessment) {
		return assessment.get("evaluation").get("recommended").asString();
	}

}
