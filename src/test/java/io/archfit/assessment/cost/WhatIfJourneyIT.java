package io.archfit.assessment.cost;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of a report asks "what if": more bursty traffic at a far lower volume. The
 * recommendation and the costs change; the variant is saved as a scenario with its own
 * links, and both reports open.
 */
@AppTest
class WhatIfJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	ChromeDriver browser;

	@BeforeEach
	void open() {
		this.browser = Browsers.open();
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void changeTrafficAndVolumeSeeTheAdviceAndCostsChangeAndSaveAScenario() {
		Assessments.Owned original = this.assessments.create("Telemetry intake", null,
				Answers.of(Map.of("teamCount", "one", "engineers", "3", "devopsMaturity", "low", "eventDriven",
						"some-async", "latencyBudget", "relaxed", "trafficPattern", "steady", "monthlyRequests",
						"3000000000", "budgetModel", "predictable", "domainSize", "small")),
				List.of(), null, null);
		String base = "http://127.0.0.1:" + this.port;
		String viewUrl = base + "/a/" + original.assessment().viewKey();

		this.browser.get(viewUrl);
		assertThat(this.browser.findElement(By.id("rec-heading")).getText()).contains("Modular monolith");
		assertThat(this.browser.findElement(By.id("cost-heading")).getText()).isEqualTo("Estimated monthly cost");
		Browsers.clickToNextPage(this.browser, By.linkText("What if?"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/what-if");

		this.browser.findElement(By.cssSelector("input[name='t.trafficPattern'][value='idle-mostly']")).click();
		WebElement volume = this.browser.findElement(By.id("in-monthlyRequests"));
		volume.clear();
		volume.sendKeys("200 000");
		Browsers.clickToNextPage(this.browser, By.cssSelector("form.what-if-form button[type=submit]"));

		String result = this.browser.findElement(By.cssSelector(".what-if-result")).getText();
		assertThat(result).contains("The recommendation changes from Modular monolith to Serverless (FaaS).");
		assertThat(result).contains("What shape does the traffic have?").contains("Mostly idle");
		List<WebElement> serverless = this.browser.findElements(
				By.xpath("//table[contains(@class,'what-if-compare')]//tr[th//text()='Serverless (FaaS)']/td"));
		String savedCost = serverless.get(2).getText();
		String variantCost = serverless.get(5).getText();
		assertThat(savedCost).startsWith("$");
		assertThat(variantCost).startsWith("$").isNotEqualTo(savedCost);
		// nothing is saved yet
		assertThat(this.assessments.byViewKey(original.assessment().viewKey()).revision()).isEqualTo(1);

		WebElement title = this.browser.findElement(By.id("scenario-title"));
		title.clear();
		title.sendKeys("Telemetry intake, bursty and small");
		Browsers.clickToNextPage(this.browser, By.cssSelector("form.save-scenario button[type=submit]"));

		assertThat(this.browser.getCurrentUrl()).matches(".*/o/[A-Za-z0-9_-]{32}\\?done=scenario");
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Telemetry intake, bursty and small");
		assertThat(this.browser.findElement(By.id("rec-heading")).getText()).contains("Serverless (FaaS)");
		assertThat(this.browser.findElement(By.cssSelector(".scenario-of")).getText())
			.contains("This assessment is a scenario of");
		String scenarioView = this.browser.findElement(By.id("view-link")).getAttribute("value");
		assertThat(scenarioView).isNotEqualTo(viewUrl);

		Browsers.clickToNextPage(this.browser, By.cssSelector(".scenario-of a"));
		assertThat(this.browser.getCurrentUrl()).isEqualTo(viewUrl);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Telemetry intake");
		assertThat(this.browser.findElement(By.id("rec-heading")).getText()).contains("Modular monolith");

		this.browser.get(scenarioView);
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("Telemetry intake, bursty and small");
		assertThat(this.browser.findElements(By.id("owner-link"))).isEmpty();
	}

}
