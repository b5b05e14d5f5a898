package io.archfit.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * The team's decision was recorded: the assessment was accepted (with the chosen
 * architecture) or rejected.
 *
 * @param outcome {@code accepted} or {@code rejected}
 * @param architecture the chosen architecture when accepted, else null
 * @param rationale why, if given
 * @param deciders who decided, if given
 */
public record DecisionRecorded(UUID id, Instant at, AssessmentSnapshot assessment, String outcome, String architecture,
		String rationale, String deciders) implements AssessmentEvent {

	public static final String TYPE = "decision.recorded";

	@Override
	public String type() {
		return TYPE;
	}

}
