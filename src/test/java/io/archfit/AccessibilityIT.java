package io.archfit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Http;
import io.archfit.support.Screenshots;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of ArchFit through axe-core, in the light and the dark colour scheme, on a
 * 390 px phone and a 1280 px screen: no serious or critical violation is allowed, and
 * nothing is logged as an error in the browser's console (a missing icon included), and
 * no text lacks its message. Each combination is saved as
 * {@code target/screenshots/<page>-<scheme>-<width>.png} (the dark scheme's first 1 800
 * pixels), and every violation found (of any impact) is listed in
 * {@code target/axe-report.txt}.
 */
@AppTest
class AccessibilityIT {

	/** How the pages show a text whose message is missing: {@code ??key_locale??}. */
	static final Pattern MISSING_TEXT = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+_[a-z]{2}\\?\\?");

	static final Duration PATIENCE = Duration.ofSeconds(60);

	static final List<String> SCHEMES = List.of("light", "dark");

	static final List<Integer> WIDTHS = List.of(390, 1280);

	/** How much of a page the dark scheme's screenshots show, in CSS pixels. */
	static final int DARK_SHOT_HEIGHT = 1800;

	static final Set<String> FAILING = Set.of("serious", "critical");

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] })
				.then((result) => done(JSON.stringify(result.violations.map((v) => ({
					id: v.id, impact: v.impact, help: v.help,
					nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ' – ' + (n.failureSummary || '')
						.replace(/\\s+/g, ' '))
				})))), (error) => done('failed: ' + error));
			""";

	/** Elements that stick out to the right of the window, outside scrollable regions. */
	static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const out = [];
			document.querySelectorAll('body *').forEach((e) => {
				if (e.closest('.table-scroll') || e.closest('.visually-hidden')) return;
				const box = e.getBoundingClientRect();
				const parent = e.parentElement && e.parentElement.getBoundingClientRect();
				if (box.width > 0 && box.right > width + 1 && !(parent && parent.right > width + 1)) {
					const classes = (typeof e.className === 'string' && e.className.trim())
						? '.' + e.className.trim().split(/\\s+/).join('.') : '';
					out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + classes + ' ends at ' + Math.round(box.right));
				}
			});
			return out.slice(0, 6);
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPagePassesAxeInBothColourSchemesOnAPhoneAndAScreen() throws IOException {
		Browsers.assumeAvailable();
		Seed seed = seed();
		ChromeDriver driver = Browsers.open();
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().timeouts().scriptTimeout(PATIENCE);
		Audit audit = new Audit(driver, axeSource());
		try {
			audit.page("home", base() + "/");

			// The wizard: five steps, one with a wrong number and the last without a
			// title.
			audit.page("wizard-1", base() + "/assessments/new");
			// While answering, the live ranking shows all four architectures.
			driver.findElement(By.cssSelector("input[name='t.domainSize'][value=large]")).click();
			new WebDriverWait(driver, PATIENCE)
				.until((d) -> d.findElements(By.cssSelector("aside.live-ranking .live-result li")).size() == 4);
			submit(driver, "button[value=next]");
			audit.check("wizard-2");
			String draft = driver.getCurrentUrl().replaceAll(".*/o/([A-Za-z0-9_-]+)/wizard/2$", "$1");
			driver.findElement(By.id("in-monthlyRequests")).sendKeys("lots");
			submit(driver, "button[value=next]");
			audit.check("wizard-2-error");
			// The error summary names the question with the message, and links to its
			// field.
			assertThat(driver.findElement(By.cssSelector("#error-summary a[href='#field-monthlyRequests']")).getText())
				.isEqualTo("How many requests or events arrive per month? – Enter a number.");
			WebElement requests = driver.findElement(By.id("in-monthlyRequests"));
			requests.clear();
			requests.sendKeys("2000000");
			submit(driver, "button[value=next]");
			audit.check("wizard-3");
			submit(driver, "button[value=next]");
			audit.check("wizard-4");
			submit(driver, "button[value=next]");
			audit.check("wizard-5");
			driver.findElement(By.id("title")).clear();
			submit(driver, "button[value=next]");
			audit.check("wizard-5-error");
			assertThat(driver.findElement(By.cssSelector("#error-summary a[href='#field-title']")).getText())
				.startsWith("Title – ");

			// A report with a decision against the recommendation, a vote and a comment.
			audit.page("report-owner", base() + "/o/" + seed.ownerKey());
			audit.page("report-view", base() + "/a/" + seed.viewKey());
			audit.page("report-view-de", base() + "/a/" + seed.viewKey() + "?lang=de");
			driver.get(base() + "/a/" + seed.viewKey() + "?lang=en");
			((JavascriptExecutor) driver).executeScript(
					"const f = document.querySelector('form.comment-form'); f.noValidate = true; f.requestSubmit();");
			waitForLoad(driver);
			audit.check("comment-error");
			audit.page("edit", base() + "/o/" + seed.ownerKey() + "/edit");
			audit.page("delete", base() + "/o/" + seed.ownerKey() + "/delete");
			audit.page("revision", base() + "/a/" + seed.viewKey() + "/revisions/1");
			audit.page("revision-compare", base() + "/a/" + seed.viewKey() + "/revisions/compare?from=1&to=2");
			audit.page("rescore", base() + "/a/" + seed.viewKey() + "/rescore");
			// A report scored with catalogue v2: people, the total of ownership, both
			// break-evens and the difference part by part.
			audit.page("report-ownership", base() + "/o/" + ownershipReport());

			// What-if and cost assumptions, each also with a value that is not a number.
			audit.page("what-if", base() + "/a/" + seed.viewKey() + "/what-if");
			submitAPriceThatIsNotANumber(driver, "form.what-if-form");
			audit.check("what-if-error");
			assertThat(driver.findElements(By.cssSelector("#error-summary a[href^='#field-a-']"))).hasSize(1);
			audit.page("assumptions", base() + "/o/" + seed.ownerKey() + "/assumptions");
			submitAPriceThatIsNotANumber(driver, ".assumptions-page form");
			audit.check("assumptions-error");
			assertThat(driver.findElements(By.cssSelector("#error-summary a[href^='#field-a-']"))).hasSize(1);

			// Workspaces, comparison, import, catalogue and a page that does not exist.
			audit.page("workspace-new", base() + "/workspaces/new");
			audit.page("workspace-view", base() + "/w/" + seed.workspaceViewKey());
			audit.page("workspace-owner", base() + "/wo/" + seed.workspaceOwnerKey());
			audit.page("workspace-delete", base() + "/wo/" + seed.workspaceOwnerKey() + "/delete");
			audit.page("webhook", base() + "/wo/" + seed.workspaceOwnerKey() + "/webhooks/" + seed.webhookId());
			driver.get(base() + "/wo/" + seed.workspaceOwnerKey());
			replaceText(driver, "webhook-url", "http://127.0.0.1/hook");
			submit(driver, "form.webhook-form button[type=submit]");
			audit.check("webhook-error");
			replaceText(driver, "webhook-url", "https://203.0.113.8/hook");
			submit(driver, "form.webhook-form button[type=submit]");
			audit.check("webhook-created");
			audit.page("team-catalogue-empty", base() + "/wo/" + seed.workspaceOwnerKey() + "/catalogue");
			submit(driver, "#derive");
			audit.check("team-catalogue-draft");
			replaceText(driver, "weight-delivery", "90");
			submit(driver, "#weights-form button[type=submit]");
			audit.check("team-catalogue-error");
			assertThat(driver.findElement(By.id("catalogue-problems")).getText()).contains("weights must add up to 1");
			audit.page("team-catalogue-versions", base() + "/w/" + seed.workspaceViewKey() + "/catalogue");
			audit.page("compare-form", base() + "/compare");
			audit.page("compare", base() + "/compare?keys=" + String.join(",", seed.compared()));
			audit.page("import", base() + "/import");
			submit(driver, "form button[type=submit]");
			audit.check("import-error");
			audit.page("workspace-import", base() + "/workspaces/import");
			submit(driver, "form button[type=submit]");
			audit.check("workspace-import-error");
			String archive = new Http(this.port)
				.sendJson("GET", "/api/v1/workspaces/" + seed.workspaceViewKey() + "/export", null,
						Map.of("X-Owner-Key", seed.workspaceOwnerKey()))
				.body();
			driver.executeScript("document.getElementById('document').value = arguments[0];", archive);
			submit(driver, "form button[type=submit]");
			audit.check("workspace-imported");
			audit.page("catalogue", base() + "/catalogue");
			audit.page("not-found", base() + "/nothing-here");

			// Pictures for the README (copied to docs/screenshots): light, 1280 px wide.
			driver.get(base() + "/o/" + draft + "/wizard/2");
			driver.findElement(By.cssSelector("input[name='t.trafficPattern'][value=spiky]")).click();
			driver.findElement(By.cssSelector("input[name='t.eventDriven'][value=event-core]")).click();
			new WebDriverWait(driver, PATIENCE)
				.until((d) -> d.findElements(By.cssSelector(".live-result li")).size() == 4);
			Screenshots.save(driver, "readme/wizard", 1100);
			driver.get(base() + "/a/" + seed.viewKey());
			// The report's first screen, as a 1280 × 800 screen shows it.
			driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 1280, "height", 800, "deviceScaleFactor", 1, "mobile", false));
			Screenshots.save(driver, "readme/report", 800);
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			Screenshots.saveFrom(driver, "readme/heatmap", "#ranking-heading", 1500);
			driver.get(base() + "/compare?keys=" + String.join(",", seed.compared()));
			Screenshots.save(driver, "readme/compare", 1300);
			driver.get(base() + "/w/" + seed.workspaceViewKey());
			Screenshots.save(driver, "readme/workspace", 1000);
		}
		finally {
			driver.quit();
			audit.writeReport(Path.of("target", "axe-report.txt"));
		}
		assertThat(audit.failures()).as("serious or critical axe violations").isEmpty();
	}

	/** What the pages need: a workspace with three assessments, one of them reviewed. */
	record Seed(String viewKey, String ownerKey, String workspaceViewKey, String workspaceOwnerKey,
			List<String> compared, long webhookId) {

	}

	private Seed seed() {
		Http http = new Http(this.port);
		JsonNode workspace = created(http.postJson("/api/v1/workspaces", Map.of("name", "Checkout team")));
		String workspaceOwnerKey = workspace.get("ownerKey").asString();
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.putAll(Map.of("domainSize", "small", "boundaryClarity", "clear", "statefulness", "stateless",
				"trafficPattern", "spiky", "monthlyRequests", 2000000, "eventDriven", "event-core"));
		answers.putAll(Map.of("teamCount", "one", "engineers", 6, "devopsMaturity", "medium", "releaseCadence",
				"weekly", "timeToMarket", "under-3-months", "compliance", "none"));
		JsonNode photo = created(http.postJson("/api/v1/assessments",
				Map.of("title", "Photo upload processor", "description", "Resizes photos as they are uploaded.",
						"answers", answers, "priorities", List.of("cost"), "workspaceKey", workspaceOwnerKey)));
		String viewKey = photo.get("viewKey").asString();
		String ownerKey = photo.get("ownerKey").asString();
		Map<String, String> owner = Map.of("X-Owner-Key", ownerKey);
		answers.put("teamCount", "few");
		answers.put("engineers", 14);
		expect(http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/answers", Map.of("answers", answers), owner),
				200);
		expect(http.postJson("/api/v1/assessments/" + viewKey + "/comments",
				Map.of("author", "Ana", "body", "Cold starts matter for the upload path, see https://example.org.")),
				201);
		expect(http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/votes",
				Map.of("voter", "Ben", "architecture", "monolith"), Map.of()), 200);
		expect(http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/decision", Map.of("status", "in-review"),
				owner), 200);
		expect(http.sendJson("PUT", "/api/v1/assessments/" + viewKey + "/decision",
				Map.of("status", "accepted", "architecture", "monolith", "rationale",
						"The team knows one codebase well and ships weekly.", "deciders", "Ana, Ben"),
				owner), 200);
		String payment = created(http.postJson("/api/v1/assessments",
				Map.of("title", "Payment service", "workspaceKey", workspaceOwnerKey, "answers",
						Map.of("domainSize", "large", "teamCount", "many", "loadDivergence", "divergent"))))
			.get("viewKey")
			.asString();
		long webhook = created(
				http.sendJson("POST", "/api/v1/workspaces/" + workspace.get("viewKey").asString() + "/webhooks",
						Map.of("url", "https://203.0.113.7/hook", "events", List.of("assessment.created"),
								"description", "Team tracker"),
						Map.of("X-Owner-Key", workspaceOwnerKey)))
			.get("id")
			.asLong();
		String reporting = created(http.postJson("/api/v1/assessments",
				Map.of("title", "Reporting batch", "workspaceKey", workspaceOwnerKey, "answers",
						Map.of("taskDuration", "long-running", "dataConsistency", "strong"))))
			.get("viewKey")
			.asString();
		return new Seed(viewKey, ownerKey, workspace.get("viewKey").asString(), workspaceOwnerKey,
				List.of(viewKey, payment, reporting), webhook);
	}

	/** The owner key of an assessment scored with catalogue v2. */
	private String ownershipReport() {
		JsonNode created = created(new Http(this.port).postJson("/api/v1/assessments", Map.of("title", "Order platform",
				"answers", Map.of("monthlyRequests", 1000000000, "domainSize", "medium", "devopsMaturity", "medium"))));
		this.jdbc.update("update assessment set catalogue_version = 'v2' where view_key = ?",
				created.get("viewKey").asString());
		return created.get("ownerKey").asString();
	}

	private static JsonNode created(Http.Response response) {
		expect(response, 201);
		return response.json();
	}

	private static void expect(Http.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** Types a word into the first cost assumption of a form and submits the form. */
	private static void submitAPriceThatIsNotANumber(ChromeDriver driver, String form) {
		WebElement price = driver.findElement(By.cssSelector(form + " .assumption input"));
		price.clear();
		price.sendKeys("cheap");
		submit(driver, form + " button.primary[type=submit]");
	}

	private static void replaceText(ChromeDriver driver, String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private static void submit(ChromeDriver driver, String selector) {
		Browsers.clickToNextPage(driver, By.cssSelector(selector));
	}

	private static void waitForLoad(ChromeDriver driver) {
		new WebDriverWait(driver, PATIENCE)
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	private static String axeSource() throws IOException {
		try (InputStream in = AccessibilityIT.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(in).as("axe/axe.min.js on the test class path").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Runs axe on pages in every scheme and width and keeps what it finds. */
	static final class Audit {

		private final ChromeDriver driver;

		private final String axe;

		private final List<String> failures = new ArrayList<>();

		private final List<String> report = new ArrayList<>();

		private final Map<String, Integer> byRule = new TreeMap<>();

		private int checks;

		Audit(ChromeDriver driver, String axe) {
			this.driver = driver;
			this.axe = axe;
		}

		void page(String name, String url) {
			this.driver.get(url);
			waitForLoad(this.driver);
			check(name);
		}

		/** Checks the page the browser shows in each scheme and width. */
		void check(String name) {
			this.driver.executeScript("if (typeof window.axe === 'undefined') { " + this.axe + "\n}");
			for (String scheme : SCHEMES) {
				for (int width : WIDTHS) {
					String label = name + "-" + scheme + "-" + width;
					emulate(scheme, width);
					Object result = this.driver.executeAsyncScript(RUN_AXE);
					assertThat(result).as(label).asString().doesNotStartWith("failed");
					JsonNode violations = JSON.readTree((String) result);
					this.checks++;
					this.report.add(label + ": " + violations.size() + " violation(s)");
					for (JsonNode violation : violations) {
						String rule = violation.get("id").asString();
						String impact = violation.get("impact").asString();
						this.byRule.merge(rule + " (" + impact + ")", 1, Integer::sum);
						StringBuilder line = new StringBuilder("  ").append(rule)
							.append(" [")
							.append(impact)
							.append("] ")
							.append(violation.get("help").asString());
						violation.get("nodes").forEach((node) -> line.append("\n    ").append(node.asString()));
						this.report.add(line.toString());
						if (FAILING.contains(impact)) {
							this.failures.add(label + ": " + line.toString().strip());
						}
					}
					// The whole page in the light scheme; the dark scheme's first screens
					// are
					// enough to look at its colours (whole pages took half of this test's
					// time).
					Screenshots.save(this.driver, label,
							scheme.equals("light") ? Screenshots.MAX_HEIGHT : DARK_SHOT_HEIGHT);
				}
			}
			// Nothing the page or its resources (icons included) logged as an error; a
			// page answered with an error status on purpose (404, 422) logs its own
			// status, which is no fault.
			String document = this.driver.getCurrentUrl() + " ";
			for (String error : Browsers.consoleErrors(this.driver)) {
				if (error.startsWith(document) && error.contains("the server responded with a status of 4")) {
					continue;
				}
				this.failures.add(name + ": console error: " + error);
				this.report.add(name + ": console error: " + error);
			}
			// Every text has a message: a missing one shows as ??key_locale??.
			Matcher missing = MISSING_TEXT.matcher(this.driver.getPageSource());
			while (missing.find()) {
				this.failures.add(name + ": missing text " + missing.group());
				this.report.add(name + ": missing text " + missing.group());
			}
			// Nothing sticks out sideways on the narrowest phones we design for.
			emulate("light", 360);
			Object overflow = this.driver.executeScript(OVERFLOW);
			if (overflow instanceof List<?> wide && !wide.isEmpty()) {
				this.failures.add(name + "-360: wider than the window: " + wide);
				this.report.add(name + "-360: wider than the window: " + wide);
			}
			this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
		}

		private void emulate(String scheme, int width) {
			this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
			this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
		}

		List<String> failures() {
			return this.failures;
		}

		void writeReport(Path file) throws IOException {
			List<String> lines = new ArrayList<>();
			lines.add("axe-core: " + this.checks + " checks (page × scheme × width)");
			lines.add("violations by rule (impact): " + this.byRule);
			lines.addAll(this.report);
			Files.createDirectories(file.getParent());
			Files.write(file, lines, StandardCharsets.UTF_8);
		}

	}

}
