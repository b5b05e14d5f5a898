package io.archfit.assessment.cost;

import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of a report scored with catalogue v2 sees what running each architecture
 * costs: infrastructure and people as separate lines with the total of ownership, both
 * break-evens in words and on the chart, which figure the cost criterion used, and why
 * microservices cost more than the monolith, part by part.
 */
@AppTest
class OwnershipCostIT {

	@LocalServerPort
	int port;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcTemplate jdbc;

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
	void theCostTableShowsPeopleTheTotalAndBothBreakEvens() {
		Assessments.Owned owned = this.assessments.create("Order platform", null,
				Answers.of(Map.of("monthlyRequests", "1000000000", "avgDurationMs", "100", "memoryMb", "512",
						"peakToAverage", "5", "domainSize", "medium", "devopsMaturity", "medium")),
				List.of(), null, null);
		String viewKey = owned.assessment().viewKey();
		assertThat(this.jdbc.update("update assessment set catalogue_version = 'v2' where view_key = ?", viewKey))
			.isEqualTo(1);

		this.browser.get("http://127.0.0.1:" + this.port + "/a/" + viewKey);
		WebElement ownership = this.browser.findElement(By.cssSelector("table.cost-ownership"));
		List<String> lines = ownership.findElements(By.cssSelector("tbody th"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(lines).containsExactly("Infrastructure", "People estimate", "Total of ownership");
		String people = ownership.findElement(By.cssSelector("tr.people-line")).getText();
		assertThat(people).contains("$285.57").contains("3.1 engineer-hours");
		String total = ownership.findElement(By.cssSelector("tr.total-line")).getText();
		assertThat(total).contains("$879.25").contains("$3,602.36");

		assertThat(this.browser.findElement(By.cssSelector(".break-even-infrastructure")).getText())
			.contains("about 32 million");
		assertThat(this.browser.findElement(By.cssSelector(".break-even-total")).getText())
			.contains("about 52 million");
		assertThat(this.browser.findElement(By.cssSelector(".cost-figure")).getText())
			.contains("compares the total of ownership");
		assertThat(this.browser.findElement(By.cssSelector("p.cost-criterion")).getText())
			.contains("far above the break-even of about 52 million");
		List<WebElement> markers = this.browser.findElements(By.cssSelector("svg.cost-chart g.break-even-point"));
		assertThat(markers).hasSize(2);
		assertThat(this.browser.findElement(By.cssSelector("svg.cost-chart g.break-even-point.total")).getText())
			.contains("With people: about 52 million");

		Screenshots.saveFrom(this.browser, "cost-of-ownership", "#cost-heading", 2600);
		String difference = this.browser.findElement(By.cssSelector("dl.cost-difference")).getText();
		assertThat(difference).contains("Platform: +$1,184.54")
			.contains("Calls between services: +$110.74")
			.contains("People: +$1,427.83");
		assertThat(this.browser.findElement(By.cssSelector(".cost-difference-sum")).getText())
			.contains("Infrastructure: +$1,295.28 a month.")
			.contains("Total of ownership, with people: +$2,723.11 a month.");
	}

}
