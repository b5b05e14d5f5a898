package io.archfit.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * The answers, priorities or cost assumptions of a complete assessment changed: a new
 * revision, with the recommendation before and after.
 *
 * @param revision the new revision's number
 * @param previousRecommendation the recommendation before the change
 */
public record AnswersChanged(UUID id, Instant at, AssessmentSnapshot assessment, int revision,
		String previousRecommendation) implements AssessmentEvent {

	public static final String TYPE = "assessment.answers-changed";

	@Override
	public String type() {
		return TYPE;
	}

}
