package io.archfit.assessment;

import java.util.List;
import java.util.Set;

/**
 * A status change that makes no sense for the assessment as it is (a transition the
 * workflow does not allow, an unknown architecture, a missing reason, a replacement that
 * does not exist). Nothing was changed. The code names the reason; the field is the one
 * to correct ({@code status} when the transition itself is refused).
 */
public class DecisionRefusedException extends RuntimeException {

	private final String field;

	private final String code;

	private final transient List<Object> args;

	public DecisionRefusedException(String field, String code, Object... args) {
		super(field + ": " + code, null, false, false);
		this.field = field;
		this.code = code;
		this.args = List.of(args);
	}

	public String field() {
		return this.field;
	}

	public String code() {
		return this.code;
	}

	public List<Object> args() {
		return this.args;
	}

	/**
	 * Whether the transition itself is refused (rather than one of its values): a
	 * conflict with the assessment's current state.
	 */
	public boolean transitionRefused() {
		return Set.of("wizardIncomplete", "alreadyThere", "notAllowed").contains(this.code);
	}

}
