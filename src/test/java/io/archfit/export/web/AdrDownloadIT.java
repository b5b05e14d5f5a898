package io.archfit.export.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.archfit.support.AppTest;
import io.archfit.support.Browsers;
import io.archfit.support.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader downloads the decision record from the report in a real browser and gets a
 * Markdown ADR named after the assessment.
 */
@AppTest
class AdrDownloadIT {

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	@Test
	void theAdrIsDownloadedFromTheReport() throws Exception {
		Browsers.assumeAvailable();
		Http http = new Http(this.port);
		String viewUrl = http
			.postJson("/api/v1/assessments",
					Map.of("title", "Payments platform", "answers", Map.of("teamCount", "many", "domainSize", "large")))
			.json()
			.get("viewUrl")
			.asString();
		ChromeDriver browser = Browsers.open(this.downloads);
		try {
			browser.get(viewUrl);
			browser.findElement(By.cssSelector("a[href$='/export.md']")).click();
			Path file = this.downloads.resolve("payments-platform-adr.md");
			new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> Files.exists(file) && !partial());
			String adr = Files.readString(file, StandardCharsets.UTF_8);
			assertThat(adr).startsWith("---\nstatus: proposed\n")
				.contains("# Payments platform", "## Decision Outcome", "## Pros and Cons of the Options");
		}
		finally {
			browser.quit();
		}
	}

	private boolean partial() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.anyMatch((f) -> f.getFileName().toString().endsWith(".crdownload"));
		}
		catch (java.io.IOException ex) {
			return true;
		}
	}

}
