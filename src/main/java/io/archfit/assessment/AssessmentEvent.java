package io.archfit.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to an assessment, published in the transaction of the change by
 * the module that made it (this one, or the review), for modules downstream to react to
 * (webhooks, live reports). Each kind has a stable type name, e.g.
 * {@code comment.created}.
 */
public interface AssessmentEvent {

	/** Identifies this event; the same when it is handled again. */
	UUID id();

	/** When it happened. */
	Instant at();

	/** The assessment it happened to, as it was then. */
	AssessmentSnapshot assessment();

	/** The stable type name, e.g. {@code assessment.created}. */
	String type();

}
