package io.archfit.catalogue;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts a catalogue brings along: names, questions, options, reasons, limits and
 * risks in each language, looked up by the catalogue's message keys
 * ({@link CatalogueMessages#requiredKeys}). A key a catalogue has no text for falls back
 * to the application's own catalogue texts, so a version only carries what it adds or
 * changes.
 */
@FunctionalInterface
public interface CatalogueTexts {

	/** No texts of its own: every key falls back to the application's. */
	CatalogueTexts NONE = (key, locale) -> null;

	/**
	 * The catalogue's text for a key in a language.
	 * @return the text, or null when the catalogue has none of its own
	 */
	String text(String key, Locale locale);

	/**
	 * The texts in a properties bundle on the class path ({@code <baseName>.properties}
	 * and one per language, e.g. {@code _de}); none when there is no such bundle.
	 */
	static CatalogueTexts bundle(String baseName) {
		ResourceBundle.Control control = ResourceBundle.Control
			.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
		try {
			ResourceBundle.getBundle(baseName, Locale.ROOT, control);
		}
		catch (MissingResourceException ex) {
			return NONE;
		}
		return (key, locale) -> {
			ResourceBundle bundle = ResourceBundle.getBundle(baseName, (locale != null) ? locale : Locale.ROOT,
					control);
			return bundle.containsKey(key) ? bundle.getString(key) : null;
		};
	}

	/** Texts held in memory: language (e.g. {@code en}, {@code de}) to key to text. */
	static CatalogueTexts of(Map<String, Map<String, String>> byLanguage) {
		return (key, locale) -> {
			Map<String, String> texts = byLanguage.get((locale != null) ? locale.getLanguage() : "en");
			String text = (texts != null) ? texts.get(key) : null;
			if (text == null && !"en".equals((locale != null) ? locale.getLanguage() : "en")) {
				Map<String, String> english = byLanguage.get("en");
				text = (english != null) ? english.get(key) : null;
			}
			return text;
		};
	}

}
