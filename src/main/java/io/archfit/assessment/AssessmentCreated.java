package io.archfit.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * An assessment became complete for the first time (through the API, the wizard, an
 * import or a what-if scenario): revision 1 with its recommendation.
 */
public record AssessmentCreated(UUID id, Instant at, AssessmentSnapshot assessment) implements AssessmentEvent {

	public static final String TYPE = "assessment.created";

	@Override
	public String type() {
		return TYPE;
	}

}
