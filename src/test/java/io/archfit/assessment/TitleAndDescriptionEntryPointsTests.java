package io.archfit.assessment;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.archfit.evaluation.Answers;
import io.archfit.support.AppTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import static io.archfit.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every place that takes a title (the wizard, a saved what-if scenario, the API and the
 * import) refuses the same titles with the same message, and accepts the same ones; the
 * same holds for descriptions where one is taken. A tab, for example, is refused in a
 * title everywhere and allowed in a description everywhere.
 */
@AppTest
class TitleAndDescriptionEntryPointsTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Where a title is given. */
	enum EntryPoint {

		WIZARD, WHAT_IF, API, IMPORT

	}

	/**
	 * What an entry point answered about the field: accepted, or the message shown (and,
	 * from the API, the code).
	 */
	record Outcome(boolean accepted, String message, String code) {

	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Assessments assessments;

	@Autowired
	MessageSource messages;

	static Stream<Arguments> badTitles() {
		Map<String, Object[]> bad = new LinkedHashMap<>();
		bad.put("Tab\tinside", new Object[] { "titleControlCharacters" });
		bad.put("Two\nlines", new Object[] { "titleControlCharacters" });
		bad.put("Bell\u0007", new Object[] { "titleControlCharacters" });
		bad.put("a\u0000b", new Object[] { "titleControlCharacters" });
		bad.put("Next\u0085line", new Object[] { "titleControlCharacters" });
		bad.put("x".repeat(201), new Object[] { "tooLong", 200 });
		return each(EntryPoint.values(), bad);
	}

	static Stream<Arguments> goodTitles() {
		return Stream.of(EntryPoint.values())
			.flatMap((entry) -> Stream
				.of("x".repeat(200), "\uD83D\uDE80 Launch", "  Padded  ", "\u00dcbersicht \u2013 2026")
				.map((title) -> Arguments.of(entry, title)));
	}

	static Stream<Arguments> badDescriptions() {
		Map<String, Object[]> bad = new LinkedHashMap<>();
		bad.put("Bell\u0007", new Object[] { "controlCharacters" });
		bad.put("a\u0000b", new Object[] { "controlCharacters" });
		bad.put("x".repeat(4001), new Object[] { "tooLong", 4000 });
		return each(new EntryPoint[] { EntryPoint.WIZARD, EntryPoint.API, EntryPoint.IMPORT }, bad);
	}

	static Stream<Arguments> goodDescriptions() {
		return Stream.of(EntryPoint.WIZARD, EntryPoint.API, EntryPoint.IMPORT)
			.flatMap((entry) -> Stream.of("First line\nsecond\tcolumn", "x".repeat(4000))
				.map((description) -> Arguments.of(entry, description)));
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@MethodSource("badTitles")
	void aBadTitleIsRefusedWithTheSameMessageEverywhere(EntryPoint entry, String title, String code, Object[] args) {
		Outcome outcome = submit(entry, title, "", "title");
		assertThat(outcome.accepted()).as("accepted").isFalse();
		assertThat(outcome.message()).isEqualTo(message(code, args));
		if (outcome.code() != null) {
			assertThat(outcome.code()).isEqualTo(code);
		}
	}

	@ParameterizedTest(name = "{0} accepts {1}")
	@MethodSource("goodTitles")
	void aGoodTitleIsAcceptedEverywhere(EntryPoint entry, String title) {
		assertThat(submit(entry, title, "", "title").accepted()).isTrue();
	}

	@ParameterizedTest(name = "{0} refuses {1}")
	@MethodSource("badDescriptions")
	void aBadDescriptionIsRefusedWithTheSameMessageEverywhere(EntryPoint entry, String description, String code,
			Object[] args) {
		Outcome outcome = submit(entry, "Checkout", description, "description");
		assertThat(outcome.accepted()).as("accepted").isFalse();
		assertThat(outcome.message()).isEqualTo(message(code, args));
		if (outcome.code() != null) {
			assertThat(outcome.code()).isEqualTo(code);
		}
	}

	@ParameterizedTest(name = "{0} accepts {1}")
	@MethodSource("goodDescriptions")
	void aGoodDescriptionIsAcceptedEverywhere(EntryPoint entry, String description) {
		assertThat(submit(entry, "Checkout", description, "description").accepted()).isTrue();
	}

	private static Stream<Arguments> each(EntryPoint[] entries, Map<String, Object[]> bad) {
		return Stream.of(entries)
			.flatMap((entry) -> bad.entrySet()
				.stream()
				.map((value) -> Arguments.of(entry, value.getKey(), value.getValue()[0],
						List.of(value.getValue()).subList(1, value.getValue().length).toArray())));
	}

	private String message(String code, Object[] args) {
		return this.messages.getMessage("problem." + code, args, Locale.ENGLISH);
	}

	private Outcome submit(EntryPoint entry, String title, String description, String field) {
		return switch (entry) {
			case WIZARD -> wizard(title, description, field);
			case WHAT_IF -> whatIf(title);
			case API -> api(title, description, field);
			case IMPORT -> importPage(title, description, field);
		};
	}

	private Outcome wizard(String title, String description, String field) {
		Assessments.Owned draft = this.assessments.startDraft("Draft", Answers.empty());
		MvcTestResult result = this.mvc.post()
			.uri("/o/" + draft.ownerKey() + "/wizard/5")
			.with(csrf())
			.header("Accept-Language", "en")
			.param("version", Long.toString(draft.assessment().version()))
			.param("nav", "next")
			.param("title", title)
			.param("description", description)
			.exchange();
		return page(result, Pattern.compile("id=\"err-" + field + "\"[^>]*>([^<]*)<"));
	}

	private Outcome whatIf(String title) {
		Assessments.Owned original = this.assessments.create("Original", null, Answers.of(Map.of("teamCount", "one")),
				List.of());
		MvcTestResult result = this.mvc.post()
			.uri("/a/" + original.assessment().viewKey() + "/what-if/save")
			.with(csrf())
			.header("Accept-Language", "en")
			.param("title", title)
			.param("t.teamCount", "many")
			.exchange();
		return page(result, Pattern.compile("id=\"scenario-title-error\"[^>]*>([^<]*)<"));
	}

	private Outcome api(String title, String description, String field) {
		Map<String, Object> body = Map.of("title", title, "description", description, "answers", Map.of());
		MvcTestResult result = this.mvc.post()
			.uri("/api/v1/assessments")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body))
			.exchange();
		int status = result.getResponse().getStatus();
		if (status == 201) {
			return new Outcome(true, null, null);
		}
		assertThat(status).isEqualTo(400);
		JsonNode problem = JSON.readTree(text(result));
		for (JsonNode error : problem.get("errors")) {
			if (error.get("field").asString().equals(field)) {
				return new Outcome(false, error.get("message").asString(), error.get("code").asString());
			}
		}
		throw new AssertionError("no error for " + field + " in " + problem);
	}

	private Outcome importPage(String title, String description, String field) {
		Map<String, Object> document = Map.of("schemaVersion", 1, "title", title, "description", description);
		MvcTestResult result = this.mvc.post()
			.uri("/import")
			.with(csrf())
			.header("Accept-Language", "en")
			.param("document", JSON.writeValueAsString(document))
			.exchange();
		return page(result, Pattern.compile("<code>" + field + "</code>: <span>([^<]*)</span>"));
	}

	/** A form's answer: a redirect when accepted, else 422 with the field's message. */
	private static Outcome page(MvcTestResult result, Pattern message) {
		int status = result.getResponse().getStatus();
		if (status == 302) {
			return new Outcome(true, null, null);
		}
		assertThat(status).isEqualTo(422);
		Matcher matcher = message.matcher(text(result));
		assertThat(matcher.find()).as("the field's message on the page").isTrue();
		return new Outcome(false, HtmlUtils.htmlUnescape(matcher.group(1)).strip(), null);
	}

	private static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
