package io.archfit.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads the references: the published sources the catalogue's rules, limits, risks and
 * prices cite by id.
 */
final class ReferenceReader {

	private final DocumentReader in;

	private final Set<String> ids = new LinkedHashSet<>();

	ReferenceReader(DocumentReader in) {
		this.in = in;
	}

	/** The ids read so far, for checking citations. */
	Set<String> ids() {
		return this.ids;
	}

	List<Reference> readReferences(JsonNode root) {
		List<Reference> references = new ArrayList<>();
		JsonNode array = this.in.array(root, "references", Where.DOCUMENT);
		this.in.atMost(array, CatalogueLimits.REFERENCES, Where.DOCUMENT.field("references"), "references");
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			Where where = Where.DOCUMENT.element("references", i, node);
			if (!node.isObject()) {
				this.in.problem(where, "must be an object");
				continue;
			}
			this.in.allowOnly(node, where, "id", "author", "title", "year", "url");
			String id = this.in.id(node, where);
			String author = this.in.text(node, "author", where);
			String title = this.in.text(node, "title", where);
			double year = this.in.number(node, "year", where);
			if (year != Math.rint(year) || year < 1900 || year > 2100) {
				this.in.problem(where, "year must be a whole number from 1900 to 2100");
			}
			String url = this.in.text(node, "url", where);
			if (url != null && !url.startsWith("https://") && !url.startsWith("http://")) {
				this.in.problem(where, "url must start with https:// or http://");
			}
			if (id != null && !this.ids.add(id)) {
				this.in.problem(where, "duplicate reference id '" + id + "'");
			}
			references.add(new Reference(id, author, title, (int) year, url));
		}
		return references;
	}

}
