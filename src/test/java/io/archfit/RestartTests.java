package io.archfit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.archfit.support.FormClient;
import io.archfit.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What was saved is still there after the application stops and starts again on the same
 * H2 file database: a complete assessment under both its links, and a half-filled wizard
 * that resumes under its owner link, in another browser, where it was left.
 */
class RestartTests {

	static final Map<String, Object> MVP = Map.of("domainSize", "small", "teamCount", "one", "engineers", 4,
			"timeToMarket", "under-3-months", "trafficPattern", "steady");

	Path directory;

	@BeforeEach
	void database() throws IOException {
		Path target = Files.createDirectories(Path.of("target"));
		this.directory = Files.createTempDirectory(target, "restart-").toAbsolutePath();
	}

	@AfterEach
	void removeDatabase() throws IOException {
		FileSystemUtils.deleteRecursively(this.directory);
	}

	@Test
	void savedAssessmentsAndAHalfFilledWizardSurviveARestart() {
		String viewKey;
		String ownerKey;
		String recommended;
		String draft;
		try (ConfigurableApplicationContext app = start()) {
			Http api = new Http(port(app));
			JsonNode links = api
				.postJson("/api/v1/assessments",
						Map.of("title", "Checkout service", "answers", MVP, "priorities", List.of("cost")))
				.json();
			viewKey = links.get("viewKey").asString();
			ownerKey = links.get("ownerKey").asString();
			recommended = api.get("/api/v1/assessments/" + viewKey)
				.json()
				.get("evaluation")
				.get("recommended")
				.asString();

			FormClient browser = new FormClient(port(app));
			browser.get("/assessments/new");
			Http.Response first = browser.post("/assessments/new", "t.domainSize", "large", "t.boundaryClarity",
					"clear");
			assertThat(first.status()).isEqualTo(302);
			draft = browser.redirectPath(first).replace("/wizard/2", "");
			Http.Response second = browser.post(draft + "/wizard/2", "version", version(browser, draft + "/wizard/2"),
					"nav", "next", "t.trafficPattern", "spiky", "t.monthlyRequests", "2000000");
			assertThat(browser.redirectPath(second)).isEqualTo(draft + "/wizard/3");
		}

		try (ConfigurableApplicationContext app = start()) {
			Http api = new Http(port(app));
			Http.Response saved = api.get("/api/v1/assessments/" + viewKey);
			assertThat(saved.status()).isEqualTo(200);
			JsonNode body = saved.json();
			assertThat(body.get("title").asString()).isEqualTo("Checkout service");
			assertThat(body.get("revision").asInt()).isEqualTo(1);
			assertThat(body.get("answers").get("engineers").asInt()).isEqualTo(4);
			assertThat(body.get("evaluation").get("recommended").asString()).isEqualTo(recommended);

			FormClient otherBrowser = new FormClient(port(app));
			assertThat(otherBrowser.get("/a/" + viewKey).body()).contains("Checkout service");
			assertThat(otherBrowser.get("/o/" + ownerKey).status()).isEqualTo(200);

			Http.Response resume = otherBrowser.get(draft);
			assertThat(otherBrowser.redirectPath(resume)).isEqualTo(draft + "/wizard/3");
			assertThat(otherBrowser.get(draft + "/wizard/1").body()).contains("value=\"large\" checked",
					"value=\"clear\" checked");
			assertThat(otherBrowser.get(draft + "/wizard/2").body()).contains("value=\"spiky\" checked",
					"value=\"2000000\"");
			for (int step = 3; step <= 4; step++) {
				Http.Response next = otherBrowser.post(draft + "/wizard/" + step, "version",
						version(otherBrowser, draft + "/wizard/" + step), "nav", "next");
				assertThat(otherBrowser.redirectPath(next)).isEqualTo(draft + "/wizard/" + (step + 1));
			}
			Http.Response finish = otherBrowser.post(draft + "/wizard/5", "version",
					version(otherBrowser, draft + "/wizard/5"), "nav", "next", "title", "Photo uploads");
			assertThat(otherBrowser.redirectPath(finish)).isEqualTo(draft + "?done=saved");
			assertThat(otherBrowser.get(draft).body()).contains("Photo uploads", "Recommended:");
		}
	}

	private ConfigurableApplicationContext start() {
		String url = "jdbc:h2:file:" + this.directory.resolve("db")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
		return new SpringApplicationBuilder(ArchFitApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off");
	}

	private static int port(ConfigurableApplicationContext app) {
		return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	private static String version(FormClient browser, String page) {
		String html = browser.get(page).body();
		return html.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
	}

}
