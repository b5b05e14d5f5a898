package io.archfit.integration;

import java.time.Duration;
import java.util.Map;

import io.archfit.support.Browsers;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers on one report: a comment and a vote posted in one, and the decision the
 * owner records in it, appear on the other's open report without a reload (the page the
 * second browser loaded is still the same document), and what the second one was typing
 * into its comment form stays.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "server.address=127.0.0.1",
		"spring.datasource.url=jdbc:h2:mem:live-report;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
		"archfit.live.poll-interval=300ms" })
class LiveReportIT {

	static final Duration WITHIN = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Test
	void aCommentVoteAndDecisionMadeInOneBrowserAppearOnTheOthersOpenReport() {
		Browsers.assumeAvailable();
		JsonNode created = new Http(this.port)
			.postJson("/api/v1/assessments",
					Map.of("title", "Order service", "answers", Map.of("domainSize", "small", "teamCount", "one")))
			.json();
		String viewUrl = created.get("viewUrl").asString();
		WebDriver watcher = Browsers.open();
		WebDriver owner = null;
		try {
			watcher.get(viewUrl);
			assertThat(watcher.findElement(By.id("live-report")).getDomAttribute("data-events")).endsWith("/events");
			((JavascriptExecutor) watcher).executeScript("window.archfitSameDocument = true");
			watcher.findElement(By.id("comment-body")).sendKeys("Half-typed thought");

			owner = Browsers.open();
			owner.get(created.get("ownerUrl").asString());
			owner.findElement(By.id("comment-author")).sendKeys("Rita");
			owner.findElement(By.id("comment-body")).sendKeys("Seen from the other browser");
			Browsers.clickToNextPage(owner, By.cssSelector("form.comment-form button[type=submit]"));

			await(watcher, (d) -> d.findElement(By.id("comments")).getText().contains("Seen from the other browser"));
			assertThat(watcher.findElement(By.id("comments-heading")).getText()).contains("1");

			owner.findElement(By.id("vote-voter")).clear();
			owner.findElement(By.id("vote-voter")).sendKeys("Rita");
			owner.findElement(By.cssSelector("form.vote-form input[value='recommended']")).click();
			Browsers.clickToNextPage(owner, By.cssSelector("form.vote-form button[type=submit]"));
			await(watcher, (d) -> d.findElement(By.id("votes")).getText().contains("Rita"));

			Browsers.clickToNextPage(owner, By.xpath("//button[normalize-space()='Open for review']"));
			await(watcher, (d) -> d.findElement(By.id("decision")).getText().contains("In review"));

			assertThat(((JavascriptExecutor) watcher).executeScript("return window.archfitSameDocument === true"))
				.as("the watcher's report was not reloaded")
				.isEqualTo(true);
			assertThat(watcher.findElement(By.id("comment-body")).getDomProperty("value"))
				.isEqualTo("Half-typed thought");
			assertThat(((JavascriptExecutor) watcher)
				.executeScript("return document.getElementById('live-report').textContent")).asString()
				.contains("updated");
		}
		finally {
			watcher.quit();
			if (owner != null) {
				owner.quit();
			}
		}
	}

	private static void await(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, WITHIN).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(condition);
	}

}
