package io.archfit.assessment;

import java.util.List;

import io.archfit.evaluation.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules for titles and descriptions: a title is one line without any control
 * character, tabs included; a description may have line breaks and tabs.
 */
class TitleAndDescriptionTests {

	@ParameterizedTest
	@ValueSource(strings = { "Tab\tinside", "Two\nlines", "Carriage\rreturn", "Bell\u0007", "a\u0000b",
			"Next\u0085line", "Escape\u001b[31m" })
	void aTitleWithAnyControlCharacterIsRefused(String title) {
		assertThat(TitleAndDescription.titleProblem(title, true))
			.contains(new FieldProblem("title", "titleControlCharacters", List.of()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Checkout", "\uD83D\uDE80 Launch", "Zahlungsabwicklung \u2013 \u00dcbersicht",
			"\u202Egnp.exe" })
	void printableTitlesAreAccepted(String title) {
		assertThat(TitleAndDescription.titleProblem(title, true)).isEmpty();
	}

	@Test
	void aTitleHasAtMost200Characters() {
		assertThat(TitleAndDescription.titleProblem("x".repeat(200), true)).isEmpty();
		assertThat(TitleAndDescription.titleProblem("x".repeat(201), true))
			.contains(new FieldProblem("title", "tooLong", List.of(200)));
	}

	@Test
	void anEmptyTitleIsWrongOnlyWhereOneIsRequired() {
		assertThat(TitleAndDescription.titleProblem("", true))
			.contains(new FieldProblem("title", "required", List.of()));
		assertThat(TitleAndDescription.titleProblem("", false)).isEmpty();
	}

	@Test
	void valuesAreCheckedWithoutSurroundingWhiteSpace() {
		assertThat(TitleAndDescription.stripped("  Checkout \t\n")).isEqualTo("Checkout");
		assertThat(TitleAndDescription.stripped(null)).isEmpty();
	}

	@Test
	void aDescriptionMayHaveLineBreaksAndTabsButNoOtherControlCharacter() {
		assertThat(TitleAndDescription.descriptionProblem("First line\r\nsecond\tcolumn")).isEmpty();
		assertThat(TitleAndDescription.descriptionProblem("")).isEmpty();
		assertThat(TitleAndDescription.descriptionProblem("Bell\u0007"))
			.contains(new FieldProblem("description", "controlCharacters", List.of()));
	}

	@Test
	void aDescriptionHasAtMost4000Characters() {
		assertThat(TitleAndDescription.descriptionProblem("x".repeat(4000))).isEmpty();
		assertThat(TitleAndDescription.descriptionProblem("x".repeat(4001)))
			.contains(new FieldProblem("description", "tooLong", List.of(4000)));
	}

}
