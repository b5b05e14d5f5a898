package io.archfit.system;

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
