package io.archfit.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code messages/catalogue.properties} in step with the catalogue: every text the
 * catalogue needs is there and not blank, and nothing is left over from removed ids.
 */
class CatalogueMessagesTests {

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	private static final List<Catalogue> VERSIONS = Catalogues.loadBuiltIn()
		.versions()
		.stream()
		.map((version) -> Catalogues.loadBuiltIn().version(version).orElseThrow())
		.toList();

	@Test
	void everyKeyEveryVersionNeedsIsPresentAndNotBlank() {
		Properties bundle = bundle();
		for (Catalogue catalogue : VERSIONS) {
			List<String> missing = CatalogueMessages.requiredKeys(catalogue)
				.stream()
				.filter((key) -> bundle.getProperty(key) == null || bundle.getProperty(key).isBlank())
				.toList();
			assertThat(missing).as("keys of %s missing or blank in messages/catalogue.properties", catalogue.version())
				.isEmpty();
		}
	}

	@Test
	void noKeyIsLeftOver() {
		Set<String> extra = new TreeSet<>(bundle().stringPropertyNames());
		VERSIONS.forEach((catalogue) -> CatalogueMessages.requiredKeys(catalogue).forEach(extra::remove));
		assertThat(extra).as("keys no catalogue element of any version uses").isEmpty();
	}

	@Test
	void aVersionOverridesOnlyTextsItNeeds() {
		for (Catalogue catalogue : VERSIONS) {
			Properties own = load("catalogue/" + catalogue.version() + "-texts.properties");
			Set<String> unknown = new TreeSet<>(own.stringPropertyNames());
			unknown.removeAll(CatalogueMessages.requiredKeys(catalogue));
			assertThat(unknown).as("keys in the texts of %s that it does not use", catalogue.version()).isEmpty();
			own.stringPropertyNames()
				.forEach((key) -> assertThat(catalogue.texts().text(key, java.util.Locale.ENGLISH))
					.isEqualTo(own.getProperty(key)));
		}
	}

	@Test
	void requiredKeysCoverEveryKindOfElement() {
		List<String> keys = CatalogueMessages.requiredKeys(CATALOGUE);
		assertThat(keys).contains("architecture.hybrid.summary", "group.workload.name", "criterion.cost.description",
				"step.team.intro", "trait.monthlyRequests.unit", "trait.trafficPattern.option.spiky.help",
				"rule.domainSize-small", "rule.hybrid-takes-fitting-parts", "knockout.serverless-no-gpu",
				"risk.cold-starts.mitigation");
		assertThat(keys).doesNotContain("trait.trafficPattern.unit", "trait.monthlyRequests.option");
		assertThat(keys).doesNotHaveDuplicates();
	}

	@Test
	void textsArePlainAsciiWithoutApostrophes() {
		Properties bundle = bundle();
		for (String key : bundle.stringPropertyNames()) {
			String text = bundle.getProperty(key);
			assertThat(text.chars().allMatch((c) -> c >= 32 && c < 127)).as("ASCII text of %s", key).isTrue();
			assertThat(text).as("text of %s", key).doesNotContain("'", "{");
		}
	}

	private static Properties bundle() {
		return load("messages/catalogue.properties");
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = CatalogueMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return properties;
			}
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
