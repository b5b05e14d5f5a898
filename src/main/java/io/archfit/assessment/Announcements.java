package io.archfit.assessment;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to assessments ({@link AssessmentEvent}s) in the transaction of
 * the change, for the modules that listen.
 */
@Component
class Announcements {

	private final ApplicationEventPublisher publisher;

	Announcements(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * A stored revision: revision 1 makes an assessment complete
	 * ({@link AssessmentCreated}), a later one changes its answers
	 * ({@link AnswersChanged}). Nothing when no revision was written.
	 */
	void revised(Assessment assessment, Revision revision, String recommendedBefore) {
		if (revision == null) {
			return;
		}
		AssessmentSnapshot snapshot = AssessmentSnapshot.of(assessment);
		if (revision.number() == 1) {
			this.publisher.publishEvent(new AssessmentCreated(UUID.randomUUID(), revision.createdAt(), snapshot));
		}
		else {
			this.publisher.publishEvent(new AnswersChanged(UUID.randomUUID(), revision.createdAt(), snapshot,
					revision.number(), recommendedBefore));
		}
	}

	/**
	 * A change of status ({@link StatusChanged}); accepting or rejecting also records the
	 * decision ({@link DecisionRecorded}).
	 */
	void statusChanged(Assessment assessment, String from) {
		AssessmentSnapshot snapshot = AssessmentSnapshot.of(assessment);
		this.publisher.publishEvent(
				new StatusChanged(UUID.randomUUID(), assessment.updatedAt(), snapshot, from, assessment.status().id()));
		Status status = assessment.status();
		if (status == Status.ACCEPTED || status == Status.REJECTED) {
			Decision decision = assessment.decision();
			this.publisher.publishEvent(new DecisionRecorded(UUID.randomUUID(), assessment.updatedAt(), snapshot,
					status.id(), decision.architecture(), decision.rationale(), decision.deciders()));
		}
	}

}
