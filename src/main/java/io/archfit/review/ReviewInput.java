package io.archfit.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks and normalises what reviewers type: display names (1–80 characters, one line)
 * and texts (plain text with line breaks). Collects every problem before refusing.
 */
public final class ReviewInput {

	public static final int NAME_MAX = 80;

	public static final int BODY_MAX = 4000;

	/** The vote meaning "agree with the recommendation", whatever it is. */
	public static final String RECOMMENDED = "recommended";

	private final List<ReviewProblem> problems = new ArrayList<>();

	/**
	 * A display name: trimmed, inner runs of white space made one space; required, one
	 * line, at most {@value #NAME_MAX} characters.
	 */
	public String name(String field, String raw) {
		String value = (raw != null) ? raw.strip().replaceAll("\\s+", " ") : "";
		if (value.isEmpty()) {
			problem(field, "required");
		}
		else if (value.length() > NAME_MAX) {
			problem(field, "tooLong", NAME_MAX);
		}
		else if (value.chars().anyMatch(Character::isISOControl)) {
			problem(field, "controlCharacters");
		}
		return value;
	}

	/**
	 * A plain text: trimmed, line breaks made {@code \n}; required, at most {@code max}
	 * characters; tabs and line breaks are the only control characters allowed.
	 */
	public String text(String field, String raw, int max) {
		String value = (raw != null) ? raw.replace("\r\n", "\n").replace('\r', '\n').strip() : "";
		if (value.isEmpty()) {
			problem(field, "required");
		}
		else if (value.length() > max) {
			problem(field, "tooLong", max);
		}
		else if (value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			problem(field, "controlCharacters");
		}
		return value;
	}

	/**
	 * A vote's choice: one of the architectures or {@value #RECOMMENDED}.
	 */
	public String choice(String field, String raw, List<String> architectures) {
		String value = (raw != null) ? raw.strip() : "";
		if (value.isEmpty()) {
			problem(field, "required");
		}
		else if (!RECOMMENDED.equals(value) && !architectures.contains(value)) {
			problem(field, "unknownArchitecture");
		}
		return value;
	}

	public void problem(String field, String code, Object... args) {
		this.problems.add(new ReviewProblem(field, code, args));
	}

	public List<ReviewProblem> problems() {
		return List.copyOf(this.problems);
	}

	/** Throws the collected problems, if any. */
	public void complete() {
		if (!this.problems.isEmpty()) {
			throw new InvalidReviewException(this.problems);
		}
	}

	/**
	 * The key under which a display name votes: case and surrounding or repeated white
	 * space do not make another voter.
	 */
	public static String voterKey(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
