package io.archfit.evaluation;

/**
 * The confidence of a recommendation in words, as the report and the API show it.
 */
public enum ConfidenceLevel {

	LOW, MEDIUM, HIGH;

	/**
	 * The level's id in the API and in message keys: {@code low}, {@code medium},
	 * {@code high}.
	 */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
