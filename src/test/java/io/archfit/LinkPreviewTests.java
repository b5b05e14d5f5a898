package io.archfit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A view link pasted into a chat unfurls with its title and what the page says (Open
 * Graph), in the page's language; an owner link, which must not travel, carries no
 * preview. Pages under links stay out of search engines.
 */
@AppTest
class LinkPreviewTests {

	static final Pattern META = Pattern.compile("<meta property=\"(og:[a-z_]+)\" content=\"([^\"]*)\">");

	@LocalServerPort
	int port;

	@Autowired
	MessageSource messages;

	Http http;

	String viewKey;

	String ownerKey;

	String workspaceViewKey;

	String workspaceOwnerKey;

	@BeforeEach
	void seed() {
		this.http = new Http(this.port);
		JsonNode workspace = this.http.postJson("/api/v1/workspaces", Map.of("name", "Checkout team")).json();
		this.workspaceViewKey = workspace.get("viewKey").asString();
		this.workspaceOwnerKey = workspace.get("ownerKey").asString();
		JsonNode created = this.http
			.postJson("/api/v1/assessments", Map.of("title", "Orders & billing", "workspaceKey", this.workspaceOwnerKey,
					"answers", Map.of("domainSize", "small", "teamCount", "one", "engineers", 4, "timeToMarket",
							"under-3-months", "trafficPattern", "steady")))
			.json();
		this.viewKey = created.get("viewKey").asString();
		this.ownerKey = created.get("ownerKey").asString();
	}

	@Test
	void aReportsViewLinkUnfurlsWithItsTitleAndRecommendationInThePagesLanguage() {
		JsonNode evaluation = this.http.get("/api/v1/assessments/" + this.viewKey).json().get("evaluation");
		String recommended = evaluation.get("recommended").asString();
		long percent = Math.round(evaluation.get("confidence").asDouble() * 100);

		Http.Response english = this.http.get("/a/" + this.viewKey + "?lang=en");
		Map<String, String> preview = preview(english.body());
		assertThat(preview).containsEntry("og:type", "website")
			.containsEntry("og:title", "Orders &amp; billing")
			.containsEntry("og:site_name", "ArchFit");
		assertThat(preview.get("og:description")).startsWith("Recommended: " + name(recommended, "en"))
			.contains("(" + percent + " %)");
		assertThat(english.header("X-Robots-Tag")).contains("noindex");

		Map<String, String> german = preview(this.http.get("/a/" + this.viewKey + "?lang=de").body());
		assertThat(german.get("og:description")).startsWith("Empfohlen: " + name(recommended, "de"));

		assertThat(preview(this.http.get("/a/" + this.viewKey + "/revisions/1?lang=en").body()))
			.containsEntry("og:title", "Orders &amp; billing");
	}

	@Test
	void aWorkspacesViewLinkUnfurlsAndOwnerLinksCarryNoPreview() {
		Http.Response workspace = this.http.get("/w/" + this.workspaceViewKey + "?lang=en");
		assertThat(preview(workspace.body())).containsEntry("og:title", "Checkout team")
			.containsEntry("og:description", "A team workspace with one architecture assessment.");
		assertThat(workspace.header("X-Robots-Tag")).contains("noindex");

		for (String ownerPage : List.of("/o/" + this.ownerKey, "/wo/" + this.workspaceOwnerKey)) {
			Http.Response page = this.http.get(ownerPage);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).as(ownerPage).doesNotContain("og:");
			assertThat(page.header("X-Robots-Tag")).contains("noindex");
		}
	}

	private String name(String architecture, String language) {
		return this.messages.getMessage("architecture." + architecture + ".name", null,
				Locale.forLanguageTag(language));
	}

	private static Map<String, String> preview(String page) {
		Map<String, String> meta = new LinkedHashMap<>();
		Matcher matcher = META.matcher(page);
		while (matcher.find()) {
			meta.put(matcher.group(1), matcher.group(2));
		}
		return meta;
	}

}
