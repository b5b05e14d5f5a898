package io.archfit.assessment;

import java.util.List;
import java.util.Optional;

import io.archfit.evaluation.FieldProblem;

/**
 * The rules for an assessment's title and description, the same wherever one is given:
 * the wizard, a saved what-if scenario, the API and an import. A title is one line of at
 * most {@value #TITLE_MAX} characters with no control character at all, not even a tab
 * ({@code titleControlCharacters}); a description has at most {@value #DESCRIPTION_MAX}
 * characters and, of the control characters, only line breaks and tabs
 * ({@code controlCharacters}). Both are checked and stored without surrounding white
 * space; an over-long value is {@code tooLong}, a missing required title
 * {@code required}. The codes are message keys under {@code problem.}.
 */
public final class TitleAndDescription {

	public static final int TITLE_MAX = 200;

	public static final int DESCRIPTION_MAX = 4000;

	private TitleAndDescription() {
	}

	/** A submitted value as it is checked and stored: stripped, and "" for none. */
	public static String stripped(String value) {
		return (value != null) ? value.strip() : "";
	}

	/**
	 * What is wrong with a title (already {@link #stripped(String) stripped}), if
	 * anything. An empty title is wrong only when {@code required}.
	 */
	public static Optional<FieldProblem> titleProblem(String title, boolean required) {
		if (title.isEmpty()) {
			return required ? problem("title", "required") : Optional.empty();
		}
		if (title.length() > TITLE_MAX) {
			return problem("title", "tooLong", TITLE_MAX);
		}
		if (title.chars().anyMatch(Character::isISOControl)) {
			return problem("title", "titleControlCharacters");
		}
		return Optional.empty();
	}

	/**
	 * What is wrong with a description (already {@link #stripped(String) stripped}), if
	 * anything. A description may be empty.
	 */
	public static Optional<FieldProblem> descriptionProblem(String description) {
		if (description.length() > DESCRIPTION_MAX) {
			return problem("description", "tooLong", DESCRIPTION_MAX);
		}
		if (description.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			return problem("description", "controlCharacters");
		}
		return Optional.empty();
	}

	private static Optional<FieldProblem> problem(String field, String code, Object... args) {
		return Optional.of(new FieldProblem(field, code, List.of(args)));
	}

}
