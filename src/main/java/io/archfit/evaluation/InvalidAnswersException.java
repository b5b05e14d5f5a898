package io.archfit.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Answers or priorities that cannot be scored, with every problem found.
 */
public class InvalidAnswersException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidAnswersException(List<FieldProblem> problems) {
		super("Invalid answers: " + problems.stream()
			.map((problem) -> problem.field() + " " + problem.code())
			.collect(Collectors.joining(", ")));
		this.problems = List.copyOf(problems);
	}

	/** Every problem, in the order of the submitted fields. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
