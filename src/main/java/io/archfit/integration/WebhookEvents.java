package io.archfit.integration;

import java.util.List;

import io.archfit.assessment.AnswersChanged;
import io.archfit.assessment.AssessmentCreated;
import io.archfit.assessment.DecisionRecorded;
import io.archfit.assessment.StatusChanged;
import io.archfit.review.CommentPosted;
import io.archfit.review.VoteCast;

/** The event types an endpoint may subscribe to, as their modules name them. */
public final class WebhookEvents {

	/** Every type, in the order the forms offer them. */
	public static final List<String> TYPES = List.of(AssessmentCreated.TYPE, AnswersChanged.TYPE, StatusChanged.TYPE,
			DecisionRecorded.TYPE, CommentPosted.TYPE, VoteCast.TYPE);

	private WebhookEvents() {
	}

}
