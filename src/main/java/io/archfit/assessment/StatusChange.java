package io.archfit.assessment;

/**
 * What the owner asks for when moving an assessment on: the target status and, depending
 * on it, the chosen architecture, the rationale, the deciders, or the view key of the
 * assessment that replaces this one. Blank values count as absent.
 *
 * @param status the target status ({@code draft}, {@code in-review}, {@code accepted},
 * {@code rejected}, {@code superseded})
 * @param architecture the chosen architecture (accepting)
 * @param rationale why (required when accepting another architecture than recommended)
 * @param deciders who decided (free text)
 * @param supersededBy the view key of the replacing assessment (superseding)
 */
public record StatusChange(String status, String architecture, String rationale, String deciders, String supersededBy) {

	public StatusChange {
		status = blankToNull(status);
		architecture = blankToNull(architecture);
		rationale = blankToNull(rationale);
		deciders = blankToNull(deciders);
		supersededBy = blankToNull(supersededBy);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
