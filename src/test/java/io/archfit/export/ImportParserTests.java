package io.archfit.export;

import java.util.List;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;
import io.archfit.evaluation.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Import documents are checked as strictly as the API: a good file gives its contents, a
 * bad one names every problem and nothing else happens.
 */
class ImportParserTests {

	static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	@Test
	void readsAGoodDocument() {
		ImportParser.Imported imported = ImportParser.parse(CATALOGUE, """
				{"schemaVersion": 1, "title": "Orders", "description": "Order intake",
				 "answers": {"teamCount": "few", "monthlyRequests": 5000000},
				 "priorities": ["cost"], "assumptions": {"gatewayPerMillionUsd": 0},
				 "revision": 3, "catalogueVersion": "v1", "status": "accepted", "recommended": "monolith",
				 "exportedAt": "2026-11-26T10:00:00Z"}
				""");
		assertThat(imported.title()).isEqualTo("Orders");
		assertThat(imported.answers().get("monthlyRequests")).isEqualTo("5000000");
		assertThat(imported.priorities()).containsExactly("cost");
		assertThat(imported.assumptions()).containsOnlyKeys("gatewayPerMillionUsd");
	}

	@Test
	void namesEveryProblemAtOnce() {
		InvalidImportException ex = catchThrowableOfType(InvalidImportException.class,
				() -> ImportParser.parse(CATALOGUE, """
						{"schemaVersion": 1, "title": 42, "answers": {"teamCount": "dozens", "bogus": "x"},
						 "priorities": "cost", "assumptions": {"vcpuHourUsd": -1}, "extra": true}
						"""));
		assertThat(fields(ex)).contains("title", "answers.teamCount", "answers.bogus", "priorities",
				"assumptions.vcpuHourUsd", "extra");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"schemaVersion\": 2, \"title\": \"x\"}", "{\"title\": \"x\"}",
			"{\"schemaVersion\": \"1\", \"title\": \"x\"}", "{\"schemaVersion\": 1.5, \"title\": \"x\"}" })
	void unknownSchemaVersionsAreRefused(String json) {
		assertThat(
				fields(catchThrowableOfType(InvalidImportException.class, () -> ImportParser.parse(CATALOGUE, json))))
			.contains("schemaVersion");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "null", "[]", "42", "\"text\"", "{", "{\"title\": }", "{\"a\":1}{\"b\":2" })
	void malformedDocumentsAreRefused(String json) {
		assertThatThrownBy(() -> ImportParser.parse(CATALOGUE, json)).isInstanceOf(InvalidImportException.class);
	}

	@Test
	void deepNestingIsRefusedWithoutAStackOverflow() {
		String deep = "{\"schemaVersion\": 1, \"title\": \"x\", \"answers\": " + "[".repeat(5000) + "]".repeat(5000)
				+ "}";
		assertThatThrownBy(() -> ImportParser.parse(CATALOGUE, deep)).isInstanceOf(InvalidImportException.class);
	}

	@Test
	void hugeArraysAreRefused() {
		String huge = "{\"schemaVersion\": 1, \"title\": \"x\", \"priorities\": [" + "\"cost\",".repeat(50_000)
				+ "\"cost\"]}";
		assertThat(
				fields(catchThrowableOfType(InvalidImportException.class, () -> ImportParser.parse(CATALOGUE, huge))))
			.contains("priorities");
	}

	@Test
	void controlCharactersAndOverlongTitlesAreRefused() {
		assertThat(fields(catchThrowableOfType(InvalidImportException.class,
				() -> ImportParser.parse(CATALOGUE, "{\"schemaVersion\": 1, \"title\": \"a\\u0000b\"}"))))
			.containsExactly("title");
		String longTitle = "x".repeat(201);
		assertThat(fields(catchThrowableOfType(InvalidImportException.class,
				() -> ImportParser.parse(CATALOGUE, "{\"schemaVersion\": 1, \"title\": \"" + longTitle + "\"}"))))
			.containsExactly("title");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e400", "-1e400", "123456789012345678901234567890", "1e-400", "9223372036854775808",
			"1.0000000000000000000000000000001", "-0" })
	void hugeAndOddNumbersAreRefusedNamingTheirField(String number) {
		String json = "{\"schemaVersion\": " + number + ", \"title\": \"x\", \"answers\": {\"monthlyRequests\": "
				+ number + ", \"engineers\": " + number + "}, \"assumptions\": {\"vcpuHourUsd\": " + number
				+ ", \"minTasks\": " + number + "}}";
		List<String> fields = fields(
				catchThrowableOfType(InvalidImportException.class, () -> ImportParser.parse(CATALOGUE, json)));
		assertThat(fields).contains("schemaVersion").doesNotContain("body");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e400", "-1e400", "123456789012345678901234567890", "NaN", "\"1e400\"", "[1]",
			"{\"a\": 1}", "true" })
	void aBadValueInAGoodDocumentIsRefusedNamingItsField(String value) {
		for (String field : List.of("answers.monthlyRequests", "answers.peakToAverage", "answers.engineers",
				"assumptions.vcpuHourUsd", "assumptions.minTasks", "assumptions.servicesCount")) {
			String[] parts = field.split("\\.");
			String json = "{\"schemaVersion\": 1, \"title\": \"x\", \"" + parts[0] + "\": {\"" + parts[1] + "\": "
					+ value + "}}";
			InvalidImportException ex = catchThrowableOfType(InvalidImportException.class,
					() -> ImportParser.parse(CATALOGUE, json));
			if (value.equals("NaN")) {
				assertThat(fields(ex)).as(json).containsExactly("body");
			}
			else {
				assertThat(fields(ex)).as(json).containsExactly(field);
			}
		}
	}

	@Test
	void theAssumptionsOfTheDocumentAreKept() {
		ImportParser.Imported imported = ImportParser.parse(CATALOGUE,
				"{\"schemaVersion\": 1, \"title\": \"x\", \"assumptions\": {\"vcpuHourUsd\": 0.05, \"minTasks\": 3, "
						+ "\"servicesCount\": 7, \"faasGbSecondUsd\": 0.0000166667}}");
		assertThat(imported.assumptions()).containsOnlyKeys("vcpuHourUsd", "minTasks", "servicesCount");
		assertThat(imported.assumptions()).containsEntry("vcpuHourUsd", 0.05)
			.containsEntry("minTasks", 3)
			.containsEntry("servicesCount", 7);
	}

	private static List<String> fields(InvalidImportException ex) {
		return ex.problems().stream().map(FieldProblem::field).toList();
	}

}
