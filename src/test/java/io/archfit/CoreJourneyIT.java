package io.archfit;

import java.time.Duration;
import java.util.List;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Keyboard;
import io.archfit.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The core loop in a real browser, keyboard only: start on the home page, answer the five
 * wizard steps (a wrong number corrected next to its field, a step back that keeps the
 * answers), read the explained report, then open its view link in a second browser with a
 * fresh profile, read the same recommendation there and fail to change anything with it.
 * Screenshots land in {@code target/screenshots}.
 */
@AppTest
class CoreJourneyIT {

	static final Duration PATIENCE = Duration.ofSeconds(15);

	static final String KEY = "[A-Za-z0-9_-]{32}";

	static final String TITLE = "Photo upload processor";

	@LocalServerPort
	int port;

	ChromeDriver owner;

	ChromeDriver visitor;

	@BeforeAll
	static void browserInstalled() {
		Browsers.assumeAvailable();
	}

	@AfterEach
	void closeBrowsers() {
		for (WebDriver driver : new WebDriver[] { this.owner, this.visitor }) {
			if (driver != null) {
				driver.quit();
			}
		}
	}

	@Test
	void wizardByKeyboardToAReportThatTheViewLinkCanReadButNotChange() {
		this.owner = browser();
		Keyboard keys = new Keyboard(this.owner);

		this.owner.get(base() + "/");
		Browsers.leavePage(this.owner, () -> keys.tabTo(".hero a.button").press(Keys.ENTER));
		assertThat(this.owner.getCurrentUrl()).endsWith("/assessments/new");
		assertThat(text(this.owner, ".progress-text")).isEqualTo("Step 1 of 5");
		Screenshots.save(this.owner, "wizard-step-1");
		keys.choose("t.domainSize", "small").choose("t.boundaryClarity", "clear").choose("t.statefulness", "stateless");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));
		assertThat(this.owner.getCurrentUrl()).matches(".*/o/" + KEY + "/wizard/2");
		String ownerPath = this.owner.getCurrentUrl().replaceAll(".*(/o/" + KEY + ").*", "$1");

		// Step 2, with a number that is not one: the message appears next to its field.
		keys.choose("t.trafficPattern", "spiky")
			.fill("#in-monthlyRequests", "lots")
			.choose("t.eventDriven", "event-core");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));
		assertThat(text(this.owner, ".progress-text")).isEqualTo("Step 2 of 5");
		WebElement field = this.owner.findElement(By.id("field-monthlyRequests"));
		WebElement error = field.findElement(By.id("err-monthlyRequests"));
		assertThat(error.isDisplayed()).isTrue();
		assertThat(error.getText()).isNotBlank();
		assertThat(field.getAttribute("aria-describedby")).contains("err-monthlyRequests");
		assertThat(field.findElement(By.id("in-monthlyRequests")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(selected(this.owner, "t.trafficPattern", "spiky")).isTrue();
		new WebDriverWait(this.owner, PATIENCE).until((d) -> keys.focusedMatches("#error-summary"));
		Screenshots.save(this.owner, "validation-error");
		// From the error summary, its link leads to the field; correct it and submit with
		// Enter.
		keys.tabTo("#error-summary a[href='#field-monthlyRequests']").press(Keys.ENTER).press(Keys.TAB);
		assertThat(keys.focusedMatches("#in-monthlyRequests")).isTrue();
		keys.fill("#in-monthlyRequests", "2,000,000");
		Browsers.leavePage(this.owner, () -> keys.press(Keys.ENTER));
		assertThat(this.owner.getCurrentUrl()).endsWith(ownerPath + "/wizard/3");

		// Step 3, then Back (with Space): both steps keep their answers.
		keys.choose("t.teamCount", "one").fill("#in-engineers", "6").choose("t.devopsMaturity", "medium");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=back]").press(Keys.SPACE));
		assertThat(this.owner.getCurrentUrl()).endsWith(ownerPath + "/wizard/2");
		assertThat(selected(this.owner, "t.trafficPattern", "spiky")).isTrue();
		assertThat(selected(this.owner, "t.eventDriven", "event-core")).isTrue();
		assertThat(this.owner.findElement(By.id("in-monthlyRequests")).getDomProperty("value")).isEqualTo("2000000");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));
		assertThat(text(this.owner, ".progress-text")).isEqualTo("Step 3 of 5");
		assertThat(selected(this.owner, "t.teamCount", "one")).isTrue();
		assertThat(selected(this.owner, "t.devopsMaturity", "medium")).isTrue();
		assertThat(this.owner.findElement(By.id("in-engineers")).getDomProperty("value")).isEqualTo("6");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));

		// Step 4, then the last step: title, description and a priority.
		assertThat(text(this.owner, ".progress-text")).isEqualTo("Step 4 of 5");
		keys.choose("t.releaseCadence", "weekly")
			.choose("t.timeToMarket", "under-3-months")
			.choose("t.compliance", "none");
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));
		assertThat(text(this.owner, ".progress-text")).isEqualTo("Step 5 of 5");
		keys.fill("#title", TITLE).fill("#description", "Resizes photos as they are uploaded.");
		keys.toggle("priorities", "cost");
		assertThat(this.owner.findElement(By.cssSelector("input[name=priorities][value=cost]")).isSelected()).isTrue();
		Browsers.leavePage(this.owner, () -> keys.tabTo("button[value=next]").press(Keys.ENTER));

		// The report, with everything that explains the recommendation.
		assertThat(this.owner.getCurrentUrl()).endsWith(ownerPath + "?done=saved");
		String recommendation = text(this.owner, "#rec-heading");
		assertThat(recommendation).startsWith("Recommended:");
		assertThat(text(this.owner, "h1")).isEqualTo(TITLE);
		assertExplained(this.owner);
		Screenshots.save(this.owner, "report");
		String viewUrl = this.owner.findElement(By.id("view-link")).getDomProperty("value");
		assertThat(viewUrl).matches("http://127\\.0\\.0\\.1:" + this.port + "/a/" + KEY);
		assertThat(this.owner.findElement(By.id("owner-link")).getDomProperty("value")).endsWith(ownerPath);
		String viewKey = viewUrl.substring(viewUrl.lastIndexOf('/') + 1);

		// A second browser with a fresh profile reads the same report through the view
		// link.
		this.visitor = browser();
		this.visitor.get(viewUrl);
		assertThat(status(this.visitor)).isEqualTo(200);
		assertThat(text(this.visitor, "h1")).isEqualTo(TITLE);
		assertThat(text(this.visitor, "#rec-heading")).isEqualTo(recommendation);
		assertThat(this.visitor.findElements(By.cssSelector(".owner-panel"))).isEmpty();
		assertThat(this.visitor.getPageSource()).doesNotContain(ownerPath);
		assertExplained(this.visitor);
		Screenshots.save(this.visitor, "view-link-report");

		// ... and cannot change it with the view link: every owner route answers 404.
		for (String path : List.of("/a/" + viewKey + "/edit", "/o/" + viewKey, "/o/" + viewKey + "/edit",
				"/o/" + viewKey + "/wizard/1", "/o/" + viewKey + "/delete")) {
			this.visitor.get(base() + path);
			assertThat(status(this.visitor)).as(path).isEqualTo(404);
			assertThat(text(this.visitor, "h1")).as(path).isEqualTo("Not found");
		}
		this.visitor.get(base() + "/assessments/new");
		String csrf = this.visitor.findElement(By.name("_csrf")).getDomProperty("value");
		List<Object> refused = postForms(this.visitor, csrf, "/o/" + viewKey + "/edit", "/o/" + viewKey + "/wizard/5",
				"/o/" + viewKey + "/rotate-view", "/o/" + viewKey + "/rotate-owner", "/o/" + viewKey + "/delete");
		assertThat(refused).containsOnly(404L);
		// The same browser and token are good for what anyone may do (start a draft).
		assertThat(postForms(this.visitor, csrf, "/assessments/new")).containsExactly(302L);
		this.visitor.get(viewUrl);
		assertThat(text(this.visitor, "#rec-heading")).isEqualTo(recommendation);

		// The first browser remembers the assessment on its home page; the second does
		// not.
		this.owner.get(base() + "/");
		WebElement listed = this.owner.findElement(By.cssSelector("table.list a[href='" + ownerPath + "']"));
		assertThat(listed.getText()).isEqualTo(TITLE);
		this.visitor.get(base() + "/");
		assertThat(this.visitor.findElements(By.cssSelector("table.list a[href='" + ownerPath + "']"))).isEmpty();
		this.owner.get(base() + ownerPath);
		assertThat(text(this.owner, "#rec-heading")).isEqualTo(recommendation);
	}

	/**
	 * Chart with a text alternative, table per criterion with its reasons and their
	 * sources, comparison and tipping points.
	 */
	private static void assertExplained(ChromeDriver driver) {
		WebElement chart = driver.findElement(By.cssSelector("svg.ranking-chart"));
		assertThat(chart.getAttribute("role")).isEqualTo("img");
		assertThat(chart.findElement(By.cssSelector("title")).getDomProperty("textContent")).isNotBlank();
		assertThat(chart.findElements(By.cssSelector("g.bar-row"))).hasSize(4);
		assertThat(driver.findElements(By.cssSelector("table.criteria > tbody"))).hasSizeGreaterThan(10);
		assertThat(driver.findElements(By.cssSelector("table.criteria details table.reasons"))).isNotEmpty();
		List<WebElement> reasons = driver.findElements(By.cssSelector("table.criteria table.reasons tbody tr"));
		assertThat(reasons).as("every reason names its source").isNotEmpty().allSatisfy((row) -> {
			List<WebElement> sources = row.findElements(By.cssSelector("td.sources a"));
			assertThat(sources).isNotEmpty();
			assertThat(sources.get(0).getAttribute("href")).startsWith("http");
		});
		WebElement comparison = driver.findElement(By.id("compare-heading")).findElement(By.xpath(".."));
		assertThat(comparison.findElements(By.tagName("h3"))).extracting(WebElement::getText)
			.containsExactly("Similar for this application", "Different for this application");
		assertThat(text(driver, "#tipping-heading")).isEqualTo("What would change the recommendation");
		assertThat(driver.findElement(By.id("tipping-heading"))
			.findElement(By.xpath(".."))
			.findElements(By.cssSelector("ul.tipping li, p.empty"))).isNotEmpty();
	}

	/** Sends each form as the browser would, with its cookies; the statuses in order. */
	@SuppressWarnings("unchecked")
	private static List<Object> postForms(ChromeDriver driver, String csrf, String... paths) {
		String script = """
				const done = arguments[arguments.length - 1];
				const form = { _csrf: arguments[1], version: '0', nav: 'next', title: 'Taken over',
					't.domainSize': 'large' };
				Promise.all(arguments[0].map((path) => fetch(path, { method: 'POST', redirect: 'manual',
						body: new URLSearchParams(form) })
					.then((r) => r.type === 'opaqueredirect' ? 302 : r.status)))
					.then(done, (e) => done(['failed: ' + e]));
				""";
		return (List<Object>) driver.executeAsyncScript(script, List.of(paths), csrf);
	}

	private ChromeDriver browser() {
		ChromeDriver driver = Browsers.open();
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().timeouts().scriptTimeout(PATIENCE);
		return driver;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private static String text(WebDriver driver, String selector) {
		return driver.findElement(By.cssSelector(selector)).getText().strip();
	}

	private static boolean selected(WebDriver driver, String name, String value) {
		return driver.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).isSelected();
	}

	/** The HTTP status of the page the browser shows. */
	private static long status(WebDriver driver) {
		Object status = ((JavascriptExecutor) driver)
			.executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
		return ((Number) status).longValue();
	}

}
