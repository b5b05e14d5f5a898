package io.archfit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the languages in step: every bundle has a German counterpart with exactly the
 * same keys, no text is blank, placeholders match, and the templates take every text a
 * person reads from a bundle instead of writing it into the markup.
 */
class I18nSyncTests {

	static final Path BUNDLES = Path.of("src", "main", "resources", "messages");

	static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");

	static final List<String> LANGUAGES = List.of("de");

	/** Attributes a person reads or hears: never a literal text. */
	static final Set<String> READ_ATTRIBUTES = Set.of("aria-label", "title", "placeholder", "alt", "data-confirm-text",
			"data-copied", "aria-roledescription", "aria-valuetext");

	/** Thymeleaf attributes that replace an element's body or the element itself. */
	static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove");

	/** Thymeleaf attributes whose string literals end up as text. */
	static final Set<String> TEXT_EXPRESSIONS = Set.of("th:text", "th:utext", "th:title", "th:placeholder", "th:alt",
			"th:aria-label", "th:attr", "th:value");

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

	static final Pattern LITERAL = Pattern.compile("'([^']*)'");

	/** Literals that are not text: date patterns and lists of element ids. */
	static final Pattern TECHNICAL = Pattern
		.compile("yyyy-MM-dd( HH:mm)?|[a-z0-9]+(-[a-z0-9]+)+( [a-z0-9]+(-[a-z0-9]+)+)*");

	static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[(}]");

	static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\('([A-Za-z0-9_.\\-]+)'\\)");

	@Test
	void everyBundleHasItsTranslationWithTheSameKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path english : englishBundles()) {
			Properties base = load(english);
			for (String language : LANGUAGES) {
				Path translated = english.resolveSibling(
						english.getFileName().toString().replace(".properties", "_" + language + ".properties"));
				if (!Files.exists(translated)) {
					problems.add("missing " + translated);
					continue;
				}
				Properties other = load(translated);
				Set<String> missing = new TreeSet<>(base.stringPropertyNames());
				missing.removeAll(other.stringPropertyNames());
				Set<String> extra = new TreeSet<>(other.stringPropertyNames());
				extra.removeAll(base.stringPropertyNames());
				missing.forEach((key) -> problems.add(translated.getFileName() + " lacks " + key));
				extra.forEach((key) -> problems.add(translated.getFileName() + " has " + key + ", English has not"));
				for (String key : base.stringPropertyNames()) {
					if (other.getProperty(key) != null
							&& !placeholders(base.getProperty(key)).equals(placeholders(other.getProperty(key)))) {
						problems.add(translated.getFileName() + " " + key + ": other placeholders than English");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void noTextIsBlankAndQuotesAreEscapedWhereArgumentsAre() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path bundle : allBundles()) {
			Properties texts = load(bundle);
			boolean catalogue = bundle.getFileName().toString().startsWith("catalogue");
			for (String key : texts.stringPropertyNames()) {
				String text = texts.getProperty(key);
				if (text.isBlank()) {
					problems.add(bundle.getFileName() + " " + key + " is blank");
				}
				if (catalogue && (text.contains("'") || text.contains("{"))) {
					problems.add(bundle.getFileName() + " " + key + ": no apostrophes or braces in catalogue texts");
				}
				if (PLACEHOLDER.matcher(text).find() && LONE_QUOTE.matcher(text).find()) {
					problems.add(bundle.getFileName() + " " + key + ": write '' for an apostrophe in a text with {0}");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void templatesTakeTheirTextsFromTheBundles() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			Document document = parse(template);
			walk(document, false, template, problems);
		}
		assertThat(problems).as("hard-coded texts in templates").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Properties english = new Properties();
		for (Path bundle : englishBundles()) {
			english.putAll(load(bundle));
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			String markup = Files.readString(template);
			for (Pattern pattern : List.of(MESSAGE_KEY, MSG_CALL)) {
				Matcher matcher = pattern.matcher(markup);
				while (matcher.find()) {
					if (!english.containsKey(matcher.group(1))) {
						problems.add(TEMPLATES.relativize(template) + " names " + matcher.group(1));
					}
				}
			}
		}
		assertThat(problems).as("unknown message keys").isEmpty();
	}

	private static void walk(INestableNode node, boolean replaced, Path template, List<String> problems) {
		for (INode child : node.getChildren()) {
			if (child instanceof Text text && !replaced && isWords(text.getContent())) {
				problems.add(where(template, child) + " text \"" + text.getContent().strip() + "\"");
			}
			if (child instanceof Element element) {
				checkAttributes(element, template, problems);
				boolean root = element.getElementName().equalsIgnoreCase("html");
				boolean replaces = !root && element.getAttributeMap().keySet().stream().anyMatch(REPLACING::contains);
				walk(element, replaced || replaces, template, problems);
			}
		}
	}

	private static void checkAttributes(Element element, Path template, List<String> problems) {
		for (Map.Entry<String, String> attribute : element.getAttributeMap().entrySet()) {
			String name = attribute.getKey();
			String value = (attribute.getValue() != null) ? attribute.getValue() : "";
			if (READ_ATTRIBUTES.contains(name) && isWords(value)) {
				problems.add(where(template, element) + " attribute " + name + "=\"" + value + "\"");
			}
			if (TEXT_EXPRESSIONS.contains(name)) {
				Matcher literal = LITERAL.matcher(value);
				while (literal.find()) {
					String text = literal.group(1);
					if (text.contains(" ") && isWords(text) && !TECHNICAL.matcher(text).matches()) {
						problems.add(where(template, element) + " literal '" + text + "' in " + name);
					}
				}
			}
		}
	}

	/** Whether a text holds a word: two letters in a row. */
	static boolean isWords(String text) {
		return Pattern.compile("\\p{L}\\p{L}").matcher(text).find();
	}

	private static String where(Path template, INode node) {
		return TEMPLATES.relativize(template) + ":" + node.getLine();
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static Document parse(Path template) throws IOException {
		try (Reader reader = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
			return new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template.toString(), reader);
		}
		catch (ParseException ex) {
			throw new IllegalStateException(template + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Path> englishBundles() throws IOException {
		return allBundles().stream().filter((p) -> !p.getFileName().toString().contains("_")).toList();
	}

	private static List<Path> allBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter((p) -> p.toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
