package io.archfit.assessment.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import javax.imageio.ImageIO;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Http;
import io.archfit.support.Screenshots;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report answers in its first screen: on a 1280 × 800 screen and on a 390 × 844 phone
 * the recommendation and its three reasons are visible without scrolling, every entry of
 * the contents lands on its section, and the printed report (a PDF from headless
 * Chromium, read back with PDFBox) starts with the summary and shows no form. The screens
 * and the PDF are saved under {@code target/screenshots/} for people to look at. A close
 * call says so first, and the report lists the teams like yours with their sources.
 */
@AppTest
class ReportFirstScreenIT {

	static final Duration PATIENCE = Duration.ofSeconds(30);

	static final String TITLE = "Photo upload processor";

	/** The screens a report is read on: width, height. */
	static final List<int[]> SCREENS = List.of(new int[] { 1280, 800 }, new int[] { 390, 844 });

	/** Whether an element lies wholly inside the window, which has not been scrolled. */
	static final String IN_FIRST_SCREEN = """
			const box = arguments[0].getBoundingClientRect();
			return window.scrollY === 0 && box.width > 0 && box.height > 0 && box.top >= 0
				&& box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
			""";

	/**
	 * Whether the section a link leads to begins at the top of the window (below its
	 * scroll margin), or is in view with the page scrolled to its end.
	 */
	static final String LANDED = """
			const target = document.getElementById(arguments[0]);
			if (!target || location.hash !== '#' + arguments[0]) return false;
			const top = target.getBoundingClientRect().top;
			const margin = parseFloat(getComputedStyle(target).scrollMarginTop) || 0;
			const end = Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight - 1;
			return Math.abs(top - margin) <= 2 || (end && top >= 0 && top < window.innerHeight);
			""";

	@LocalServerPort
	int port;

	ChromeDriver driver;

	String viewKey;

	String ownerKey;

	@BeforeEach
	void seedAndOpen() {
		Browsers.assumeAvailable();
		Http http = new Http(this.port);
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.putAll(Map.of("domainSize", "small", "boundaryClarity", "clear", "statefulness", "stateless",
				"trafficPattern", "spiky", "monthlyRequests", 2000000, "eventDriven", "event-core"));
		answers.putAll(Map.of("teamCount", "one", "engineers", 6, "devopsMaturity", "medium", "releaseCadence",
				"weekly", "timeToMarket", "under-3-months", "compliance", "none"));
		Http.Response created = http.postJson("/api/v1/assessments", Map.of("title", TITLE, "description",
				"Resizes photos as they are uploaded.", "answers", answers, "priorities", List.of("cost")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode keys = created.json();
		this.viewKey = keys.get("viewKey").asString();
		this.ownerKey = keys.get("ownerKey").asString();
		answers.put("engineers", 8);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + this.viewKey + "/answers", Map.of("answers", answers),
					Map.of("X-Owner-Key", this.ownerKey))
			.status()).isEqualTo(200);
		assertThat(http
			.postJson("/api/v1/assessments/" + this.viewKey + "/comments",
					Map.of("author", "Ana", "body", "Cold starts matter for the upload path, see https://example.org"))
			.status()).isEqualTo(201);
		assertThat(http
			.sendJson("PUT", "/api/v1/assessments/" + this.viewKey + "/votes",
					Map.of("voter", "Ben", "architecture", "monolith"), Map.of())
			.status()).isEqualTo(200);
		this.driver = Browsers.open();
	}

	@AfterEach
	void close() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void theRecommendationAndItsThreeReasonsAreVisibleWithoutScrollingOnAScreenAndAPhone() {
		for (int[] screen : SCREENS) {
			String label = screen[0] + " × " + screen[1];
			emulate(screen[0], screen[1]);
			open("/a/" + this.viewKey);
			WebElement recommendation = this.driver.findElement(By.id("rec-heading"));
			assertThat(recommendation.getText()).as(label).startsWith("Recommended: ");
			assertThat(inFirstScreen(recommendation)).as(label + ": the recommendation").isTrue();
			List<WebElement> reasons = this.driver.findElements(By.cssSelector("#summary .summary-for > li"));
			assertThat(reasons).as(label).hasSize(3);
			for (WebElement reason : reasons) {
				assertThat(reason.findElement(By.cssSelector("a[href^='#criterion-']")).getText()).isNotBlank();
				assertThat(inFirstScreen(reason)).as(label + ": " + reason.getText()).isTrue();
			}
			// Each reason links to a row of the criteria table.
			String target = reasons.get(0).findElement(By.tagName("a")).getDomAttribute("href").substring(1);
			assertThat(this.driver.findElements(By.id(target))).hasSize(1);
			Screenshots.save(this.driver, "first-screen-" + screen[0], screen[1]);
		}
	}

	@Test
	void everyEntryOfTheContentsLandsOnItsSection() {
		for (int[] screen : SCREENS) {
			emulate(screen[0], screen[1]);
			open("/a/" + this.viewKey);
			List<String> anchors = new ArrayList<>();
			for (WebElement link : this.driver.findElements(By.cssSelector("nav.contents a"))) {
				anchors.add(link.getDomAttribute("href").substring(1));
			}
			assertThat(anchors).contains("summary", "decision", "ranking", "heatmap", "votes", "cost", "comparison",
					"criteria", "risks", "tipping", "answers", "revisions", "comments");
			for (String anchor : anchors) {
				WebElement link = this.driver.findElement(By.cssSelector("nav.contents a[href='#" + anchor + "']"));
				((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
						link);
				link.click();
				new WebDriverWait(this.driver, PATIENCE).withMessage(screen[0] + " px: #" + anchor)
					.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(LANDED, anchor)));
			}
		}
	}

	@Test
	void aPrintedReportStartsWithTheSummaryAndShowsNoFormOrKey() throws IOException {
		Properties texts = texts();
		for (String page : List.of("/a/" + this.viewKey, "/o/" + this.ownerKey)) {
			open(page);
			String heading = this.driver.findElement(By.id("rec-heading")).getText();
			String firstReason = this.driver.findElement(By.cssSelector("#summary .summary-for a")).getText();
			byte[] pdf = Base64.getDecoder().decode(this.driver.print(new PrintOptions()).getContent());
			String name = page.startsWith("/o/") ? "report-owner" : "report-view";
			Files.createDirectories(Screenshots.FOLDER);
			Files.write(Screenshots.FOLDER.resolve(name + ".pdf"), pdf);
			try (PDDocument document = Loader.loadPDF(pdf)) {
				String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
				// The title, then the summary: no site navigation, links panel or notice
				// before it.
				assertThat(text).as(name).startsWith(TITLE + " " + heading.replaceAll("\\s+", " "));
				int reason = text.indexOf(firstReason.replaceAll("\\s+", " "));
				assertThat(reason).as(name + ": the summary's first reason")
					.isPositive()
					.isLessThan(text.indexOf(texts.getProperty("report.ranking")));
				PDAcroForm form = document.getDocumentCatalog().getAcroForm();
				assertThat((form != null) ? form.getFields() : List.of()).as(name).isEmpty();
				for (String key : List.of("review.comments.submit", "review.comments.form", "review.votes.form",
						"review.name", "review.votes.question", "revisions.compare.from", "revisions.rescore",
						"report.links.view", "report.links.owner", "report.actions.rotateView", "report.actions.edit",
						"cost.assumptions.change", "cost.whatIf.link", "export.markdown", "report.contents.title",
						"nav.new", "language.de")) {
					assertThat(text).as(name + " shows " + key).doesNotContain(texts.getProperty(key));
				}
				assertThat(text).as(name).doesNotContain(this.ownerKey);
				// A link that leaves the report is printed with where it leads.
				assertThat(text).as(name).contains("(https://example.org)");
				BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 60);
				ImageIO.write(first, "png", Screenshots.FOLDER.resolve(name + "-print-1.png").toFile());
			}
		}
	}

	@Test
	void aCloseCallSaysSoFirstAndTeamsLikeYoursLinkTheirSources() {
		// A large regulated greenfield system built by ten engineers in a few teams: the
		// engine finds functions and services about level.
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.putAll(Map.of("domainSize", "large", "boundaryClarity", "partial", "dataConsistency", "mixed",
				"trafficPattern", "daily-cycle", "monthlyRequests", 100000000, "peakToAverage", 3, "eventDriven",
				"event-core", "taskDuration", "subsecond", "latencyBudget", "interactive"));
		answers.putAll(Map.of("teamCount", "few", "engineers", 10, "devopsMaturity", "high", "observability",
				"centralized", "compliance", "regulated", "currentArchitecture", "greenfield"));
		Http http = new Http(this.port);
		JsonNode evaluation = http.postJson("/api/v1/evaluations", Map.of("answers", answers)).json();
		assertThat(evaluation.get("closeCall").asBoolean()).as("these answers make a close call").isTrue();
		Http.Response created = http.postJson("/api/v1/assessments",
				Map.of("title", "Card platform", "answers", answers));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		open("/a/" + created.json().get("viewKey").asString());
		WebElement heading = this.driver.findElement(By.id("rec-heading"));
		assertThat(heading.findElement(By.cssSelector(".close-call")).getText()).isEqualTo("Close call");
		assertThat(heading.getText()).startsWith("Close call");
		List<WebElement> cases = this.driver.findElements(By.cssSelector("#teams-like-yours li"));
		assertThat(this.driver.findElement(By.id("similar-heading")).getText()).isEqualTo("Teams like yours");
		assertThat(cases).hasSize(3);
		JsonNode similar = evaluation.get("similarCases");
		for (int i = 0; i < cases.size(); i++) {
			assertThat(cases.get(i).findElement(By.cssSelector(".case-source a")).getDomAttribute("href"))
				.isEqualTo(similar.get(i).get("sourceUrl").asString());
		}
	}

	private boolean inFirstScreen(WebElement element) {
		return Boolean.TRUE.equals(this.driver.executeScript(IN_FIRST_SCREEN, element));
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path + (path.contains("?") ? "&" : "?") + "lang=en");
		new WebDriverWait(this.driver, PATIENCE)
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private void emulate(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** The English texts of the pages, to tell what a PDF must not show. */
	private static Properties texts() throws IOException {
		Properties texts = new Properties();
		for (String bundle : List.of("messages", "review", "cost", "export")) {
			try (InputStream in = ReportFirstScreenIT.class
				.getResourceAsStream("/messages/" + bundle + ".properties")) {
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		return texts;
	}

}
