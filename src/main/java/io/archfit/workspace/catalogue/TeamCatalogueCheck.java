package io.archfit.workspace.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueException;
import io.archfit.catalogue.CatalogueLoader;
import io.archfit.catalogue.CatalogueMessages;
import io.archfit.catalogue.CatalogueProblem;
import io.archfit.catalogue.CatalogueTexts;
import io.archfit.catalogue.DocumentTexts;
import io.archfit.catalogue.Step;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Validates a team catalogue document: everything the catalogue loader checks (ids,
 * references, effects, weights, limits, nesting, control characters …), and what a team
 * catalogue must keep to fit the application: the built-in catalogue's architectures and
 * wizard steps, and a text in English and German for every element (its own, or the
 * built-in one's for elements it took over). Every problem is reported at once, each with
 * its JSON path.
 */
@Component
public class TeamCatalogueCheck {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final String SOURCE = "the team catalogue";

	private final Engine engine;

	private final MessageSource messages;

	TeamCatalogueCheck(Engine engine, MessageSource messages) {
		this.engine = engine;
		this.messages = messages;
	}

	/**
	 * The catalogue a document describes, under the given id and version (whatever the
	 * document says).
	 * @throws CatalogueException listing every problem found
	 */
	public Catalogue check(String json, String catalogueId, String version) {
		Catalogue catalogue = read(json, catalogueId, version);
		List<CatalogueProblem> problems = new ArrayList<>();
		Catalogue builtIn = this.engine.catalogue();
		if (!catalogue.architectures().equals(builtIn.architectures())) {
			problems.add(new CatalogueProblem("$.architectures", "architectures",
					"a team catalogue keeps the architectures " + builtIn.architectures()));
		}
		List<String> steps = catalogue.steps().stream().map(Step::id).toList();
		List<String> builtInSteps = builtIn.steps().stream().map(Step::id).toList();
		if (!steps.equals(builtInSteps)) {
			problems.add(new CatalogueProblem("$.steps", "steps", "a team catalogue keeps the wizard's steps "
					+ builtInSteps + " (questions may move between them)"));
		}
		DocumentTexts own = (catalogue.texts() instanceof DocumentTexts texts) ? texts : new DocumentTexts(Map.of());
		for (String key : CatalogueMessages.requiredKeys(catalogue)) {
			for (String language : DocumentTexts.LANGUAGES) {
				if (own.own(key, language) == null && !known(builtIn.texts(), key, language)) {
					problems.add(new CatalogueProblem("$.texts." + language + "." + key,
							"texts." + language + "." + key, "missing text"));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new CatalogueException(SOURCE, problems);
		}
		return catalogue.withTexts(own.withFallback(builtIn.texts()));
	}

	/**
	 * The checked catalogue with its every text written into its own, in each language:
	 * its own text, else the built-in catalogue's, else the application's. A version
	 * published this way reads the same whatever texts later built-in versions bring.
	 */
	Catalogue withEveryText(Catalogue checked) {
		Map<String, Map<String, String>> all = new LinkedHashMap<>();
		List<String> keys = CatalogueMessages.requiredKeys(checked);
		for (String language : DocumentTexts.LANGUAGES) {
			Locale locale = Locale.forLanguageTag(language);
			Map<String, String> texts = new LinkedHashMap<>();
			for (String key : keys) {
				String text = checked.texts().text(key, locale);
				if (text == null) {
					text = this.messages.getMessage(key, null, null, locale);
				}
				if (text != null) {
					texts.put(key, text);
				}
			}
			all.put(language, texts);
		}
		return checked.withTexts(new DocumentTexts(all).withFallback(this.engine.catalogue().texts()));
	}

	/**
	 * A published version's texts without those it copied from a built-in version when it
	 * was published (see {@link #withEveryText}): what the team wrote itself. The others
	 * fall back to the built-in catalogue in use again.
	 */
	Map<String, Map<String, String>> ownTexts(Catalogue published) {
		Map<String, Map<String, String>> own = new LinkedHashMap<>();
		if (published.texts() instanceof DocumentTexts texts) {
			List<Catalogue> builtIns = this.engine.builtIns();
			texts.byLanguage().forEach((language, byKey) -> {
				Locale locale = Locale.forLanguageTag(language);
				Map<String, String> kept = new LinkedHashMap<>();
				byKey.forEach((key, text) -> {
					boolean copied = text.equals(this.messages.getMessage(key, null, null, locale))
							|| builtIns.stream().anyMatch((builtIn) -> text.equals(builtIn.texts().text(key, locale)));
					if (!copied) {
						kept.put(key, text);
					}
				});
				if (!kept.isEmpty()) {
					own.put(language, kept);
				}
			});
		}
		return own;
	}

	/** Reads a stored (already validated) version again. */
	Catalogue reread(String json) {
		Catalogue catalogue = CatalogueLoader.parse(SOURCE, json);
		DocumentTexts own = (catalogue.texts() instanceof DocumentTexts texts) ? texts : new DocumentTexts(Map.of());
		return catalogue.withTexts(own.withFallback(this.engine.catalogue().texts()));
	}

	private boolean known(CatalogueTexts builtIn, String key, String language) {
		Locale locale = Locale.forLanguageTag(language);
		return builtIn.text(key, locale) != null || this.messages.getMessage(key, null, null, locale) != null;
	}

	private static Catalogue read(String json, String catalogueId, String version) {
		JsonNode root;
		try {
			root = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			return CatalogueLoader.parse(SOURCE, json);
		}
		if (!(root instanceof ObjectNode object) || json.length() > CatalogueLoader.MAX_DOCUMENT_CHARS) {
			return CatalogueLoader.parse(SOURCE, json);
		}
		object.put("id", catalogueId);
		object.put("version", version);
		return CatalogueLoader.parse(SOURCE, MAPPER.writeValueAsString(object));
	}

}
