package io.archfit.export.web;

import java.nio.charset.StandardCharsets;

import io.archfit.support.AppTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import page: a good file becomes a new assessment under new links; a bad one is
 * refused with its problems listed and nothing is created.
 */
@AppTest
class ImportPageTests {

	static final String GOOD = """
			{"schemaVersion": 1, "title": "Imported billing", "answers": {"teamCount": "one"}, "priorities": ["cost"]}
			""";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anUploadedExportBecomesANewAssessmentRememberedInThisBrowser() throws Exception {
		MvcTestResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/import")
				.file(new MockMultipartFile("file", "billing.json", "application/json",
						GOOD.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()));
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches("/o/[A-Za-z0-9_-]{32}\\?done=imported");
		MvcTestResult report = this.mvc.get().uri(location).exchange();
		assertThat(report).hasStatusOk().bodyText().contains("Imported billing", "Imported as a new assessment");
		assertThat(report.getResponse().getHeaders("Set-Cookie"))
			.anyMatch((cookie) -> cookie.contains("archfit_recent"));
	}

	@Test
	void aPastedExportWorksToo() {
		MvcTestResult result = this.mvc.post().uri("/import").with(csrf()).param("document", GOOD).exchange();
		assertThat(result).hasStatus3xxRedirection();
	}

	@Test
	void aBadDocumentIsRefusedWithItsProblemsAndTheTextKept() {
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.with(csrf())
			.param("document", "{\"schemaVersion\": 7, \"title\": \"<script>x</script>\"}")
			.exchange();
		assertThat(result).hasStatus(422);
		assertThat(result).bodyText()
			.contains("schemaVersion", "Only schema version 1")
			.contains("&lt;script&gt;")
			.doesNotContain("<script>x");
	}

	@Test
	void anEmptyFormSaysWhatToDo() {
		assertThat(this.mvc.post().uri("/import").with(csrf()).exchange()).hasStatus(422)
			.bodyText()
			.contains("Choose a file or paste an export.");
	}

}
