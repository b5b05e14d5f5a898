package io.archfit.review;

import java.time.Instant;
import java.util.UUID;

import io.archfit.assessment.AssessmentEvent;
import io.archfit.assessment.AssessmentSnapshot;

/**
 * A reader commented on an assessment.
 *
 * @param commentId the new comment's id
 * @param author the display name
 * @param body the comment's plain text
 */
public record CommentPosted(UUID id, Instant at, AssessmentSnapshot assessment, long commentId, String author,
		String body) implements AssessmentEvent {

	public static final String TYPE = "comment.created";

	@Override
	public String type() {
		return TYPE;
	}

}
