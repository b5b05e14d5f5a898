package io.archfit.system;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.archfit.support.AppTest;
import io.archfit.support.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages link stylesheets and scripts by content-hashed URLs that browsers may keep for a
 * year; the links of the product itself are left as they are.
 */
@AppTest
class StaticResourcesTests {

	static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/archfit-[0-9a-f]{32}\\.css)\"");

	static final Pattern SCRIPT = Pattern.compile("src=\"(/js/archfit-[0-9a-f]{32}\\.js)\"");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void client() {
		this.http = new Http(this.port);
	}

	@Test
	void pagesLinkContentHashedStylesheetsAndScriptsThatMayBeCachedForAYear() {
		String page = this.http.get("/assessments/new").body();
		for (Pattern pattern : new Pattern[] { STYLESHEET, SCRIPT }) {
			Matcher link = pattern.matcher(page);
			assertThat(link.find()).as(pattern.pattern()).isTrue();
			Http.Response resource = this.http.get(link.group(1));
			assertThat(resource.status()).isEqualTo(200);
			assertThat(resource.header("Cache-Control")).contains("max-age=31536000", "public", "immutable")
				.doesNotContain("no-store");
			assertThat(resource.header("X-Content-Type-Options")).isEqualTo("nosniff");
		}
		assertThat(this.http.get("/css/archfit.css").body()).isEqualTo(this.http.get(matched(STYLESHEET, page)).body());
	}

	@Test
	void everyPageNamesTheIconAndTheManifestAndTheFaviconIsAnswered() {
		String page = this.http.get("/").body();
		String svg = matched(Pattern.compile("<link rel=\"icon\" href=\"(/icons/archfit-[0-9a-f]{32}\\.svg)\""), page);
		String png = matched(Pattern.compile("<link rel=\"icon\" href=\"(/icons/archfit-32-[0-9a-f]{32}\\.png)\""),
				page);
		String manifest = matched(
				Pattern.compile("<link rel=\"manifest\" href=\"(/icons/archfit-[0-9a-f]{32}\\.webmanifest)\""), page);
		Http.Response icon = this.http.get(svg);
		assertThat(icon.status()).isEqualTo(200);
		assertThat(icon.contentType()).startsWith("image/svg+xml");
		assertThat(icon.body()).contains("@media (prefers-color-scheme: dark)");
		assertThat(icon.header("Cache-Control")).contains("max-age=31536000", "immutable");
		assertThat(this.http.get(png).contentType()).isEqualTo("image/png");
		Http.Response app = this.http.get(manifest);
		assertThat(app.contentType()).startsWith("application/manifest+json");
		for (String named : List.of("/icons/archfit.svg", "/icons/archfit-192.png", "/icons/archfit-512.png")) {
			assertThat(app.body()).contains("\"" + named + "\"");
			assertThat(this.http.get(named).status()).as(named).isEqualTo(200);
		}
		Http.Response favicon = this.http.get("/favicon.ico");
		assertThat(favicon.status()).isEqualTo(200);
		assertThat(favicon.contentType()).isEqualTo("image/x-icon");
		assertThat(favicon.header("Cache-Control")).contains("max-age=86400").doesNotContain("immutable");
	}

	@Test
	void aHashThatMatchesNoContentIsNotServed() {
		assertThat(this.http.get("/css/archfit-00000000000000000000000000000000.css").status()).isEqualTo(404);
	}

	@Test
	void linksToPagesAreNotRewrittenAndNothingElseIsServedFromTheClassPath() {
		String page = this.http.get("/").body();
		assertThat(page).contains("href=\"/assessments/new\"");
		assertThat(this.http.get("/application.properties").status()).isEqualTo(404);
		assertThat(this.http.get("/static/css/archfit.css").status()).isEqualTo(404);
		assertThat(this.http.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	private static String matched(Pattern pattern, String page) {
		Matcher link = pattern.matcher(page);
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

}
