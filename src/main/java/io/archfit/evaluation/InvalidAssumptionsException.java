package io.archfit.evaluation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when edited cost assumptions are not acceptable. Carries every problem found, so
 * the caller can answer with one response that names each bad field.
 */
public class InvalidAssumptionsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient List<Problem> problems;

	public InvalidAssumptionsException(List<Problem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	/**
	 * The problems found, in the contract order of the assumptions, unknown names last.
	 */
	public List<Problem> getProblems() {
		return this.problems;
	}

	private static String describe(List<Problem> problems) {
		return "Invalid cost assumptions: "
				+ problems.stream().map((p) -> p.field() + " " + p.code()).collect(Collectors.joining(", "));
	}

	/**
	 * One bad assumption.
	 *
	 * @param field the field, such as {@code assumptions.vcpuHourUsd}
	 * @param code {@code negative}, {@code outOfRange}, {@code notANumber},
	 * {@code notAnInteger} or {@code unknownAssumption}
	 * @param args message arguments: {@code [min, max]} for {@code outOfRange}, the name
	 * for {@code unknownAssumption}, empty otherwise
	 */
	public record Problem(String field, String code, List<Object> args) {

		public Problem {
			args = List.copyOf(args);
		}

	}

}
