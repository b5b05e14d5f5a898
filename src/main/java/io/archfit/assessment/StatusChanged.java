package io.archfit.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * The owner moved an assessment through the decision workflow.
 *
 * @param from the status before
 * @param to the status now
 */
public record StatusChanged(UUID id, Instant at, AssessmentSnapshot assessment, String from,
		String to) implements AssessmentEvent {

	public static final String TYPE = "status.changed";

	@Override
	public String type() {
		return TYPE;
	}

}
