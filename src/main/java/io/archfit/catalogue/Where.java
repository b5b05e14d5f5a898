package io.archfit.catalogue;

import tools.jackson.databind.JsonNode;

/**
 * A place in a catalogue document, both as a JSON path ({@code $.rules[3].when}) and as a
 * label for people that names the element's id
 * ({@code rules[3] (domainSize-small).when}).
 */
record Where(String path, String label) {

	static final Where DOCUMENT = new Where("$", "(document)");

	/** A named field of this object. */
	Where field(String name) {
		return new Where(this.path + "." + name, isDocument() ? name : this.label + "." + name);
	}

	/**
	 * Element {@code index} of the list in field {@code list}, labelled with its id if it
	 * has one.
	 */
	Where element(String list, int index, JsonNode node) {
		JsonNode id = (node != null && node.isObject()) ? node.get("id") : null;
		String suffix = "[" + index + "]" + ((id != null && id.isString()) ? " (" + id.asString() + ")" : "");
		Where field = field(list);
		return new Where(field.path + "[" + index + "]", field.label + suffix);
	}

	/** Element {@code index} of this list. */
	Where index(int index) {
		return new Where(this.path + "[" + index + "]", this.label + "[" + index + "]");
	}

	/**
	 * A label made up for a problem that concerns an element found by id, e.g.
	 * {@code traits (domainSize)}.
	 */
	Where about(String id) {
		return new Where(this.path, this.label + " (" + id + ")");
	}

	private boolean isDocument() {
		return "$".equals(this.path);
	}

}
