package io.archfit.review;

import java.time.Instant;
import java.util.UUID;

import io.archfit.assessment.AssessmentEvent;
import io.archfit.assessment.AssessmentSnapshot;

/**
 * A reviewer voted (or changed their vote).
 *
 * @param voter the display name
 * @param architecture an architecture id, or {@code recommended} for agreement with the
 * recommendation
 */
public record VoteCast(UUID id, Instant at, AssessmentSnapshot assessment, String voter,
		String architecture) implements AssessmentEvent {

	public static final String TYPE = "vote.cast";

	@Override
	public String type() {
		return TYPE;
	}

}
