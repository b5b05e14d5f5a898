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

	@Test
	void everyKeyTheCatalogueNeedsIsPresentAndNotBlank() {
		Properties bundle = bundle();
		List<String> missing = CatalogueMessages.requiredKeys(CATALOGUE)
			.stream()
			.filter((key) -> bundle.getProperty(key) == null || bundle.getProperty(key).isBlank())
			.toList();
		assertThat(missing).as("missing or blank keys in messages/catalogue.properties").isEmpty();
	}

	@Test
	void noKeyIsLeftOver() {
		Set<String> extra = new TreeSet<>(bundle().stringPropertyNames());
		CatalogueMessages.requiredKeys(CATALOGUE).forEach(extra::remove);
		assertThat(extra).as("keys no catalogue element uses").isEmpty();
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
		Properties properties = new Properties();
		try (InputStream in = CatalogueMessagesTests.class.getClassLoader()
			.getResourceAsStream("messages/catalogue.properties")) {
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
