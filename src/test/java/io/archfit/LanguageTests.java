package io.archfit;

import io.archfit.support.AppTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and German: the browser's preference decides until the visitor picks a language
 * with {@code ?lang=}, which a cookie then keeps (no HTTP session).
 */
@AppTest
class LanguageTests {

	static final String ENGLISH = "Monolith, microservices, serverless or hybrid?";

	static final String GERMAN = "Monolith, Microservices, Serverless oder hybrid?";

	@Autowired
	MockMvcTester mvc;

	@Test
	void withoutAPreferenceThePagesAreEnglish() {
		MvcTestResult result = this.mvc.get().uri("/").exchange();
		assertThat(result).hasStatusOk().bodyText().contains(ENGLISH, "<html lang=\"en\"");
		assertThat(result.getResponse().getCookie("archfit-lang")).isNull();
	}

	@Test
	void theBrowsersPreferredLanguageDecides() {
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "de-AT,de;q=0.9,en;q=0.5")).hasStatusOk()
			.bodyText()
			.contains(GERMAN, "<html lang=\"de\"", "href=\"?lang=en\"");
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "fr-FR,de;q=0.7")).bodyText().contains(GERMAN);
		assertThat(this.mvc.get().uri("/").header("Accept-Language", "fr-FR,es")).hasStatusOk()
			.bodyText()
			.contains(ENGLISH, "<html lang=\"en\"");
	}

	@Test
	void aChosenLanguageIsKeptInACookieNotASession() {
		MvcTestResult result = this.mvc.get().uri("/?lang=de").header("Accept-Language", "en").exchange();
		assertThat(result).hasStatusOk().bodyText().contains(GERMAN);
		Cookie cookie = result.getResponse().getCookie("archfit-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("de");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(this.mvc.get()
			.uri("/catalogue")
			.cookie(new Cookie("archfit-lang", "de"))
			.header("Accept-Language", "en")).bodyText().contains("So bewerten wir", "Modularer Monolith");
	}

	@Test
	void theLanguageCookieIsSecureOverHttps() {
		Cookie overHttps = this.mvc.get()
			.uri("/?lang=de")
			.secure(true)
			.exchange()
			.getResponse()
			.getCookie("archfit-lang");
		assertThat(overHttps).isNotNull();
		assertThat(overHttps.getSecure()).isTrue();
		assertThat(overHttps.isHttpOnly()).isTrue();
		Cookie overHttp = this.mvc.get().uri("/?lang=de").exchange().getResponse().getCookie("archfit-lang");
		assertThat(overHttp).isNotNull();
		assertThat(overHttp.getSecure()).isFalse();
	}

	@Test
	void anUnsupportedLanguageFallsBackToThePreference() {
		MvcTestResult result = this.mvc.get().uri("/?lang=fr").header("Accept-Language", "de").exchange();
		assertThat(result).hasStatusOk().bodyText().contains(GERMAN, "<html lang=\"de\"");
		assertThat(this.mvc.get().uri("/").cookie(new Cookie("archfit-lang", "xx"))).bodyText()
			.contains(ENGLISH, "<html lang=\"en\"");
	}

	@Test
	void theWizardSpeaksTheChosenLanguage() {
		assertThat(this.mvc.get().uri("/assessments/new").cookie(new Cookie("archfit-lang", "de"))).hasStatusOk()
			.bodyText()
			.contains("Schritt 1 von 5", "Wie groß und komplex ist die fachliche Domäne?", "Weiß nicht");
	}

}
