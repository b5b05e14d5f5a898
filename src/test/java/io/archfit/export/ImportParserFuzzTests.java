package io.archfit.export;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Catalogues;

/**
 * The import parser takes any input without failing in an undeclared way: it either
 * returns the imported contents or throws {@link InvalidImportException}.
 * {@code ./mvnw verify} replays the seed inputs (regression mode); {@code JAZZER_FUZZ=1}
 * fuzzes for real.
 */
class ImportParserFuzzTests {

	private static final Catalogue CATALOGUE = Catalogues.loadBuiltIn().current();

	@FuzzTest(maxDuration = "30s")
	void importNeverFailsInAnUndeclaredWay(String document) {
		try {
			ImportParser.parse(CATALOGUE, document);
		}
		catch (InvalidImportException expected) {
			// the only declared outcome besides success
		}
	}

}
