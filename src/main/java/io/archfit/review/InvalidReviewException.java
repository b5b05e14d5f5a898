package io.archfit.review;

import java.util.List;

/** A comment or vote whose fields are wrong; nothing was saved. */
public class InvalidReviewException extends RuntimeException {

	private final transient List<ReviewProblem> problems;

	public InvalidReviewException(List<ReviewProblem> problems) {
		super("invalid review input", null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<ReviewProblem> problems() {
		return this.problems;
	}

}
