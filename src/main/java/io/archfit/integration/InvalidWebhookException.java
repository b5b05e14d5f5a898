package io.archfit.integration;

import java.util.List;

/**
 * A new endpoint refused: every field with a problem, each with a message code (a
 * {@code problem.<code>} message) and its arguments.
 */
public class InvalidWebhookException extends RuntimeException {

	/** One field's problem. */
	public record Problem(String field, String code, Object... args) {

	}

	private final transient List<Problem> problems;

	InvalidWebhookException(List<Problem> problems) {
		super("invalid webhook endpoint", null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
