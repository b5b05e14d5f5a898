package io.archfit.catalogue;

import java.util.List;

/**
 * A catalogue that cannot be read or does not hold together. The message names the file,
 * each element at fault and what is wrong with it.
 */
public class CatalogueException extends RuntimeException {

	private final List<String> problems;

	public CatalogueException(String source, List<String> problems) {
		super(message(source, problems));
		this.problems = List.copyOf(problems);
	}

	public CatalogueException(String source, String problem, Throwable cause) {
		super(message(source, List.of(problem)), cause);
		this.problems = List.of(problem);
	}

	/** Each problem found, e.g. {@code rules[3] (domainSize-small): effect … }. */
	public List<String> problems() {
		return this.problems;
	}

	private static String message(String source, List<String> problems) {
		if (problems.size() == 1) {
			return "Catalogue " + source + " is invalid: " + problems.get(0);
		}
		return "Catalogue " + source + " is invalid (" + problems.size() + " problems):\n  - "
				+ String.join("\n  - ", problems);
	}

}
