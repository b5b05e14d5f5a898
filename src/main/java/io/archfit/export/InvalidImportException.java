package io.archfit.export;

import java.util.List;

import io.archfit.evaluation.FieldProblem;

/**
 * An import document that cannot be taken as it is; lists every problem found.
 */
public class InvalidImportException extends RuntimeException {

	private final transient List<FieldProblem> problems;

	public InvalidImportException(List<FieldProblem> problems) {
		super("invalid import: " + problems.size() + " problem(s)", null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
