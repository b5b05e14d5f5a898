package io.archfit.catalogue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalogue written as a document reads back as the same catalogue. */
class CatalogueWriterTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Test
	void everyBuiltInVersionReadsBackFromWhatIsWritten() {
		Catalogues catalogues = Catalogues.loadBuiltIn();
		for (String version : catalogues.versions()) {
			assertRoundTrip(catalogues.version(version).orElseThrow());
		}
	}

	@Test
	void combinedConditionsAndQuantitiesReadBackFromWhatIsWritten() {
		assertRoundTrip(CatalogueLoader.load("catalogue/combined-test.json"));
	}

	private static void assertRoundTrip(Catalogue catalogue) {
		Map<String, Object> written = CatalogueWriter.document(catalogue);
		String json = MAPPER.writeValueAsString(written);
		Catalogue read = CatalogueLoader.parse("written.json", json);
		assertThat(read.version()).isEqualTo(catalogue.version());
		assertThat(read.rules()).isEqualTo(catalogue.rules());
		assertThat(read.knockOuts()).isEqualTo(catalogue.knockOuts());
		assertThat(read.risks()).isEqualTo(catalogue.risks());
		assertThat(read.traits()).isEqualTo(catalogue.traits());
		assertThat(read.quantities()).isEqualTo(catalogue.quantities());
		assertThat(read.costModel()).isEqualTo(catalogue.costModel());
		assertThat(read.references()).isEqualTo(catalogue.references());
		assertThat(MAPPER.writeValueAsString(CatalogueWriter.document(read))).isEqualTo(json);
	}

}
