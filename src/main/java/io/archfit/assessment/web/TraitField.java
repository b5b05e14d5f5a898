package io.archfit.assessment.web;

import java.util.List;

/**
 * One question of a wizard page as the template shows it.
 *
 * @param id trait id (message keys {@code trait.<id>.*})
 * @param choice true for options, false for a number
 * @param options option ids in scale order
 * @param value the current answer as shown in the form ("" when not sure)
 * @param error the message to show next to it, or null
 * @param min lowest number accepted
 * @param max highest number accepted
 * @param optional true for the cost inputs that have a default
 */
public record TraitField(String id, boolean choice, List<String> options, String value, String error, String min,
		String max, boolean optional) {

	/** The form parameter name of a trait. */
	static String param(String traitId) {
		return "t." + traitId;
	}

	public String name() {
		return param(this.id);
	}

	public String errorId() {
		return "err-" + this.id;
	}

	public String helpId() {
		return "help-" + this.id;
	}

}
