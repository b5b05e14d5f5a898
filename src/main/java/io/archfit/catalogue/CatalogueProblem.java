package io.archfit.catalogue;

/**
 * One thing wrong with a catalogue document.
 *
 * @param path where, as a JSON path, e.g. {@code $.rules[3].effects}
 * @param label where, for people: the same path with the element's id, e.g.
 * {@code rules[3] (domainSize-small).effects}
 * @param message what is wrong
 */
public record CatalogueProblem(String path, String label, String message) {

	@Override
	public String toString() {
		return this.label + ": " + this.message;
	}

}
