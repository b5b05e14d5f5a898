package io.archfit.workspace;

import java.time.Duration;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead in a real browser without help from scripts: creates a workspace, derives a
 * team catalogue, adds a question on card data and a hard limit "no functions" for it,
 * publishes, then answers the wizard in the workspace, meets the new question there, and
 * finds serverless ruled out with the team's reason on the report.
 */
@AppTest
class TeamCatalogueJourneyIT {

	static final String REASON = "Our security policy keeps card data off functions.";

	@LocalServerPort
	int port;

	@Test
	void aTeamsHardLimitAndQuestionReachTheWizardAndTheReport() {
		Browsers.assumeAvailable();
		WebDriver browser = Browsers.open();
		try {
			String base = "http://127.0.0.1:" + this.port;
			browser.get(base + "/workspaces/new");
			browser.findElement(By.id("name")).sendKeys("Payments team");
			Browsers.clickToNextPage(browser, By.cssSelector("form button[type=submit]"));
			assertThat(browser.findElement(By.id("workspace-catalogue")).getText()).contains("built-in catalogue");
			String ownerPage = browser.getCurrentUrl().replaceFirst("\\?.*$", "");

			Browsers.clickToNextPage(browser, By.id("edit-catalogue"));
			Browsers.clickToNextPage(browser, By.id("derive"));
			assertThat(notice(browser)).contains("The draft now holds the built-in catalogue");

			browser.findElement(By.id("q-id")).sendKeys("cardData");
			new Select(browser.findElement(By.id("q-step"))).selectByValue("workload");
			browser.findElement(By.id("q-label-en")).sendKeys("Does it handle card data?");
			browser.findElement(By.id("q-label-de")).sendKeys("Verarbeitet es Kartendaten?");
			browser.findElement(By.id("q-help-en")).sendKeys("Masked card numbers count too.");
			browser.findElement(By.id("q-help-de")).sendKeys("Auch maskierte Kartennummern zählen.");
			browser.findElement(By.id("q-options")).sendKeys("none | None | Keine\nsome | Some | Einige");
			Browsers.clickToNextPage(browser, By.cssSelector("#question-form button[type=submit]"));
			assertThat(notice(browser)).contains("The question was added");

			browser.findElement(By.id("ko-id")).sendKeys("no-functions-for-card-data");
			new Select(browser.findElement(By.id("ko-architecture"))).selectByValue("serverless");
			new Select(browser.findElement(By.id("ko-when"))).selectByValue("cardData=some");
			browser.findElement(By.id("ko-reason-en")).sendKeys(REASON);
			browser.findElement(By.id("ko-reason-de"))
				.sendKeys("Unsere Richtlinie hält Kartendaten von Funktionen fern.");
			browser.findElement(By.id("ko-source-title")).sendKeys("Payments security policy");
			browser.findElement(By.id("ko-source-url")).sendKeys("https://intranet.example.org/policies/payments");
			Browsers.clickToNextPage(browser, By.cssSelector("#knockout-form button[type=submit]"));
			assertThat(notice(browser)).contains("The hard limit was added");
			assertThat(browser.findElement(By.id("draft-changes")).getText())
				.contains("Hard limit no-functions-for-card-data added (rules out serverless)");

			Browsers.clickToNextPage(browser, By.id("publish"));
			assertThat(notice(browser)).contains("published as a new version");

			browser.get(ownerPage);
			assertThat(browser.findElement(By.id("workspace-catalogue")).getText())
				.contains("team catalogue, version 1");
			Browsers.clickToNextPage(browser, By.id("new-in-workspace"));
			choose(browser, "t.domainSize", "small");
			Browsers.clickToNextPage(browser, By.cssSelector("button[value=next]"));
			assertThat(browser.findElement(By.tagName("main")).getText()).contains("Does it handle card data?");
			choose(browser, "t.cardData", "some");
			choose(browser, "t.trafficPattern", "spiky");
			// the live ranking beside the questions scores with the team's catalogue too
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((d) -> d.findElements(By.cssSelector(".live-result li")).size() == 4
						&& d.findElement(By.cssSelector(".live-result"))
							.getText()
							.matches("(?s).*Serverless.*not viable.*"));
			for (int step = 2; step <= 4; step++) {
				Browsers.clickToNextPage(browser, By.cssSelector("button[value=next]"));
			}
			WebElement title = browser.findElement(By.id("title"));
			title.clear();
			title.sendKeys("Card payments");
			Browsers.clickToNextPage(browser, By.cssSelector("button[value=next]"));

			WebElement blockers = browser.findElement(By.id("blockers"));
			assertThat(blockers.getText()).contains("Serverless", REASON);
			assertThat(browser.findElement(By.cssSelector(".meta")).getText())
				.contains("scored with the team catalogue, version 1");
		}
		finally {
			browser.quit();
		}
	}

	private static String notice(WebDriver browser) {
		return browser.findElement(By.cssSelector(".notice.success")).getText();
	}

	private static void choose(WebDriver browser, String name, String value) {
		browser.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).click();
	}

}
