package io.archfit.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV that is safe to open in a spreadsheet: a cell starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is prefixed with an apostrophe so it
 * is never taken as a formula, and every cell is quoted.
 */
public final class Csv {

	private Csv() {
	}

	public static String row(List<?> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String cell(Object value) {
		String text = (value != null) ? value.toString() : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

}
