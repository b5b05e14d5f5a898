package io.archfit.review.web;

import java.util.Map;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people in two browsers: the owner shares the view link, the reviewer comments and
 * votes, the owner accepts another architecture than recommended and says why, and the
 * reviewer sees the decision and the reason.
 */
@AppTest
class ReviewJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void ownerSharesReviewerCommentsAndVotesOwnerDecidesReviewerSeesWhy() {
		Browsers.assumeAvailable();
		JsonNode created = new Http(this.port)
			.postJson("/api/v1/assessments", Map.of("title", "Order service", "answers", Map.of("domainSize", "small",
					"teamCount", "one", "engineers", 4, "timeToMarket", "under-3-months", "trafficPattern", "steady")))
			.json();
		String recommended = new Http(this.port).get("/api/v1/assessments/" + created.get("viewKey").asString())
			.json()
			.get("evaluation")
			.get("recommended")
			.asString();
		String chosen = "monolith".equals(recommended) ? "microservices" : "monolith";

		WebDriver owner = Browsers.open();
		WebDriver reviewer = null;
		try {
			owner.get(created.get("ownerUrl").asString());
			String viewLink = owner.findElement(By.id("view-link")).getDomProperty("value");
			assertThat(viewLink).contains("/a/");

			reviewer = Browsers.open();
			reviewer.get(viewLink);
			assertThat(reviewer.findElements(By.id("owner-link"))).isEmpty();
			assertThat(reviewer.findElement(By.id("decision")).getText()).contains("Draft");
			reviewer.findElement(By.id("comment-author")).sendKeys("Rita");
			reviewer.findElement(By.id("comment-body"))
				.sendKeys("Have we checked <peak> traffic? See https://example.org/load-test");
			Browsers.clickToNextPage(reviewer, By.cssSelector("form.comment-form button[type=submit]"));
			assertThat(reviewer.findElement(By.cssSelector(".notice.success")).getText())
				.contains("Your comment was posted");
			assertThat(reviewer.findElement(By.id("comments")).getText()).contains("Rita",
					"Have we checked <peak> traffic?");
			assertThat(reviewer.findElement(By.cssSelector(".comment-body a")).getDomAttribute("rel"))
				.isEqualTo("noopener noreferrer nofollow");
			assertThat(reviewer.findElement(By.id("vote-voter")).getDomProperty("value")).isEqualTo("Rita");
			reviewer.findElement(By.cssSelector("form.vote-form input[value='" + chosen + "']")).click();
			Browsers.clickToNextPage(reviewer, By.cssSelector("form.vote-form button[type=submit]"));
			assertThat(reviewer.findElement(By.cssSelector(".notice.success")).getText())
				.contains("Your vote was counted");
			assertThat(reviewer.findElement(By.cssSelector("#votes tr[data-architecture='" + chosen + "']")).getText())
				.contains("1", "Rita");

			owner.navigate().refresh();
			assertThat(owner.findElement(By.id("comments")).getText()).contains("Rita");
			Browsers.clickToNextPage(owner, By.xpath("//button[normalize-space()='Open for review']"));
			assertThat(owner.findElement(By.id("decision")).getText()).contains("In review");
			new Select(owner.findElement(By.id("decision-architecture"))).selectByValue(chosen);
			owner.findElement(By.id("decision-deciders")).sendKeys("Ola, Rita");
			Browsers.clickToNextPage(owner, By.cssSelector("form.decision-form button[type=submit]"));
			assertThat(owner.findElement(By.id("decision-field-rationale")).getText()).contains("say why");
			owner.findElement(By.id("decision-rationale"))
				.sendKeys("The team already runs this way and knows its operations well.");
			assertThat(owner.findElement(By.id("decision-deciders")).getDomProperty("value")).isEqualTo("Ola, Rita");
			Browsers.clickToNextPage(owner, By.cssSelector("form.decision-form button[type=submit]"));
			assertThat(owner.findElement(By.cssSelector(".notice.success")).getText()).contains("status was changed");

			reviewer.navigate().refresh();
			String decision = reviewer.findElement(By.id("decision")).getText();
			assertThat(decision).contains("Accepted", "is not what ArchFit recommends",
					"The team already runs this way and knows its operations well.", "Ola, Rita");
			assertThat(reviewer.findElements(By.cssSelector("form.decision-form"))).isEmpty();
		}
		finally {
			owner.quit();
			if (reviewer != null) {
				reviewer.quit();
			}
		}
	}

}
