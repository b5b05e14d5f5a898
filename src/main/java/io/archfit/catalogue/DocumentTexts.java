package io.archfit.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts a catalogue document carries in its {@code texts} part: language ({@code en},
 * {@code de}) to message key to text. A key the document has no text for in the reader's
 * language falls back to its English text, then to the texts it was given as fallback
 * (for a team catalogue: the built-in catalogue's), then to the application's.
 */
public final class DocumentTexts implements CatalogueTexts {

	/** The languages a document may carry texts in. */
	public static final List<String> LANGUAGES = List.of("en", "de");

	private final Map<String, Map<String, String>> byLanguage;

	private final CatalogueTexts fallback;

	public DocumentTexts(Map<String, Map<String, String>> byLanguage) {
		this(byLanguage, CatalogueTexts.NONE);
	}

	private DocumentTexts(Map<String, Map<String, String>> byLanguage, CatalogueTexts fallback) {
		Map<String, Map<String, String>> copy = new LinkedHashMap<>();
		byLanguage
			.forEach((language, texts) -> copy.put(language, Collections.unmodifiableMap(new LinkedHashMap<>(texts))));
		this.byLanguage = Collections.unmodifiableMap(copy);
		this.fallback = fallback;
	}

	/** The same texts, falling back to {@code fallback} where they have none. */
	public DocumentTexts withFallback(CatalogueTexts fallback) {
		return new DocumentTexts(this.byLanguage, fallback);
	}

	/** The document's own texts: language to key to text. */
	public Map<String, Map<String, String>> byLanguage() {
		return this.byLanguage;
	}

	/** The document's own text for a key in a language (no fallback), or null. */
	public String own(String key, String language) {
		Map<String, String> texts = this.byLanguage.get(language);
		return (texts != null) ? texts.get(key) : null;
	}

	public boolean isEmpty() {
		return this.byLanguage.values().stream().allMatch(Map::isEmpty);
	}

	@Override
	public String text(String key, Locale locale) {
		String language = (locale != null) ? locale.getLanguage() : "en";
		String text = own(key, language);
		if (text == null) {
			text = this.fallback.text(key, locale);
		}
		if (text == null && !"en".equals(language)) {
			text = own(key, "en");
		}
		return text;
	}

}
