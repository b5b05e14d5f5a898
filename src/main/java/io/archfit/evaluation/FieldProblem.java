package io.archfit.evaluation;

import java.util.List;

/**
 * One thing wrong with the submitted answers or priorities.
 *
 * @param field where, e.g. {@code answers.trafficPattern} or {@code priorities[1]}
 * @param code what, e.g. {@code unknownOption}, {@code outOfRange}, {@code notANumber}
 * (the message key is {@code problem.<code>})
 * @param args values for the message, e.g. the accepted options or the range
 */
public record FieldProblem(String field, String code, List<Object> args) {

	public FieldProblem {
		args = List.copyOf(args);
	}

}
