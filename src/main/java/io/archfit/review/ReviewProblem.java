package io.archfit.review;

import java.util.List;

/**
 * One thing wrong with a reviewer's input: the field, a stable code (its message is
 * {@code review.problem.<code>}) and the message's arguments.
 */
public record ReviewProblem(String field, String code, List<Object> args) {

	public ReviewProblem(String field, String code, Object... args) {
		this(field, code, List.of(args));
	}

	/** The message key of this problem. */
	public String messageKey() {
		return "review.problem." + this.code;
	}

}
