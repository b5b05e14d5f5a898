package io.archfit.export;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd" })
	void cellsThatASpreadsheetWouldRunAreNeutralised(String hostile) {
		assertThat(Csv.cell(hostile)).startsWith("\"'");
	}

	@Test
	void quotesAreDoubledAndEveryCellIsQuoted() {
		assertThat(Csv.row(Arrays.asList("a\"b", 42, null))).isEqualTo("\"a\"\"b\",\"42\",\"\"\r\n");
	}

	@Test
	void ordinaryTextIsKept() {
		assertThat(Csv.cell("Modular monolith")).isEqualTo("\"Modular monolith\"");
	}

}
