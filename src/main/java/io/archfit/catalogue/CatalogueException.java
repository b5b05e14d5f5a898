package io.archfit.catalogue;

import java.util.List;

/**
 * A catalogue that cannot be read or does not hold together. The message names the file,
 * each element at fault and what is wrong with it.
 */
public class CatalogueException extends RuntimeException {

	private final List<CatalogueProblem> details;

	public CatalogueException(String source, List<CatalogueProblem> details) {
		super(message(source, details));
		this.details = List.copyOf(details);
	}

	public CatalogueException(String source, String problem, Throwable cause) {
		this(source, List.of(new CatalogueProblem("$", "(document)", problem)), cause);
	}

	private CatalogueException(String source, List<CatalogueProblem> details, Throwable cause) {
		super(message(source, details), cause);
		this.details = List.copyOf(details);
	}

	/** Each problem found, e.g. {@code rules[3] (domainSize-small): effect … }. */
	public List<String> problems() {
		return this.details.stream().map(CatalogueProblem::toString).toList();
	}

	/** Each problem found, with its JSON path. */
	public List<CatalogueProblem> details() {
		return this.details;
	}

	static CatalogueException of(String source, String label, String problem) {
		return new CatalogueException(source, List.of(new CatalogueProblem("$", label, problem)));
	}

	private static String message(String source, List<CatalogueProblem> problems) {
		if (problems.size() == 1) {
			return "Catalogue " + source + " is invalid: " + problems.get(0);
		}
		StringBuilder text = new StringBuilder(
				"Catalogue " + source + " is invalid (" + problems.size() + " problems):");
		problems.forEach((problem) -> text.append("\n  - ").append(problem));
		return text.toString();
	}

}
