package io.archfit.workspace;

import java.util.List;
import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A team lead in a real browser: creates a workspace, a script adds assessments to it
 * through the API with the workspace's owner key, the lead opens the workspace, filters
 * it, picks two assessments and compares them side by side.
 */
@AppTest
class WorkspaceJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void createAWorkspaceFillItThroughTheApiFilterAndCompare() {
		Browsers.assumeAvailable();
		WebDriver browser = Browsers.open();
		try {
			String base = "http://127.0.0.1:" + this.port;
			browser.get(base + "/workspaces/new");
			browser.findElement(By.id("name")).sendKeys("Checkout team");
			Browsers.clickToNextPage(browser, By.cssSelector("form button[type=submit]"));
			assertThat(browser.getCurrentUrl()).contains("/wo/");
			assertThat(browser.findElement(By.cssSelector(".owner-panel .warning")).getText())
				.contains("Anyone who has a link");
			String ownerUrl = browser.findElement(By.id("owner-link")).getAttribute("value");
			String viewUrl = browser.findElement(By.id("view-link")).getAttribute("value");
			String ownerKey = ownerUrl.substring(ownerUrl.lastIndexOf('/') + 1);

			Http http = new Http(this.port);
			for (Map<String, Object> body : List.of(
					Map.of("title", "Cart service", "workspaceKey", ownerKey, "answers",
							Map.of("domainSize", "small", "teamCount", "one", "trafficPattern", "steady")),
					Map.of("title", "Payment service", "workspaceKey", ownerKey, "answers",
							Map.of("domainSize", "large", "teamCount", "many", "loadDivergence", "divergent")),
					Map.of("title", "Reporting batch", "workspaceKey", ownerKey, "answers",
							Map.of("taskDuration", "long-running")))) {
				assertThat(http.postJson("/api/v1/assessments", body).status()).isEqualTo(201);
			}

			browser.get(viewUrl);
			assertThat(browser.findElement(By.cssSelector(".range-text")).getText()).contains("of 3");
			browser.findElement(By.id("q")).sendKeys("service");
			new Select(browser.findElement(By.id("sort"))).selectByValue("title");
			Browsers.clickToNextPage(browser, By.cssSelector("form.filters button[type=submit]"));
			assertThat(browser.findElement(By.cssSelector(".range-text")).getText()).contains("1–2 of 2");
			List<WebElement> picks = browser.findElements(By.cssSelector("input[name=keys]"));
			assertThat(picks).hasSize(2);
			picks.forEach(WebElement::click);
			Browsers.clickToNextPage(browser, By.id("compare-selected"));

			assertThat(browser.getCurrentUrl()).contains("/compare?keys=");
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2 assessments side by side");
			WebElement chart = browser.findElement(By.cssSelector("svg.grouped-chart"));
			assertThat(chart.findElements(By.cssSelector("rect.bar.series-1"))).hasSizeGreaterThanOrEqualTo(4);
			assertThat(chart.findElements(By.cssSelector("rect.bar.series-2"))).hasSizeGreaterThanOrEqualTo(4);
			assertThat(browser.findElements(By.cssSelector("table.compare-answers tr.differs"))).isNotEmpty();
			assertThat(browser.findElement(By.cssSelector("table.compare-summary")).getText()).contains("Cart service",
					"Payment service");
		}
		finally {
			browser.quit();
		}
	}

}
