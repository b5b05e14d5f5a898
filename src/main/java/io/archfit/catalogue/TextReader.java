package io.archfit.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * Reads the texts a document carries ({@code texts}: language to message key to text):
 * only known languages, keys the catalogue looks up ({@link CatalogueMessages}), texts
 * within {@link CatalogueLimits#TEXT_CHARS} without control characters, and at most
 * {@link CatalogueLimits#TEXTS} of them in each language.
 */
final class TextReader {

	private static final Pattern KEY = Pattern.compile("[a-z]+(\\.[A-Za-z0-9-]+){1,4}");

	private final DocumentReader in;

	TextReader(DocumentReader in) {
		this.in = in;
	}

	Map<String, Map<String, String>> readTexts(JsonNode root) {
		Map<String, Map<String, String>> texts = new LinkedHashMap<>();
		if (!DocumentReader.has(root, "texts")) {
			return texts;
		}
		Where where = Where.DOCUMENT.field("texts");
		JsonNode node = this.in.object(root, "texts", Where.DOCUMENT);
		this.in.allowOnly(node, where, DocumentTexts.LANGUAGES.toArray(String[]::new));
		int most = 0;
		for (String language : DocumentTexts.LANGUAGES) {
			if (!DocumentReader.has(node, language)) {
				continue;
			}
			int count = 0;
			JsonNode languageNode = this.in.object(node, language, where);
			Map<String, String> own = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : languageNode.properties()) {
				count++;
				if (count > CatalogueLimits.TEXTS) {
					continue;
				}
				Where at = where.field(language).field(entry.getKey());
				if (!KEY.matcher(entry.getKey()).matches()) {
					this.in.problem(at, "is not a message key of a catalogue");
					continue;
				}
				JsonNode value = entry.getValue();
				if (!value.isString() || value.asString().isBlank()) {
					this.in.problem(at, "must be a non-blank string");
					continue;
				}
				String text = value.asString();
				if (text.length() > CatalogueLimits.TEXT_CHARS) {
					this.in.problem(at, "is " + text.length() + " characters long; at most "
							+ CatalogueLimits.TEXT_CHARS + " are allowed");
					continue;
				}
				if (DocumentReader.hasControlCharacters(text)) {
					this.in.problem(at, "must not contain control characters");
					continue;
				}
				own.put(entry.getKey(), text);
			}
			texts.put(language, own);
			most = Math.max(most, count);
		}
		if (most > CatalogueLimits.TEXTS) {
			this.in.problem(where, "at most " + CatalogueLimits.TEXTS + " texts a language are allowed, not " + most);
		}
		return texts;
	}

	/** Every text must belong to an element of the catalogue. */
	void checkKeys(Map<String, Map<String, String>> texts, List<String> requiredKeys) {
		Set<String> known = Set.copyOf(requiredKeys);
		Where where = Where.DOCUMENT.field("texts");
		texts.forEach((language, own) -> own.keySet()
			.stream()
			.filter((key) -> !known.contains(key))
			.forEach((key) -> this.in.problem(where.field(language).field(key),
					"no element of the catalogue has this text")));
	}

}
