package io.archfit.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where an assessment stands in the team's decision (the MADR vocabulary): a draft is
 * opened for review, the review ends in acceptance or rejection, and a decision taken is
 * later superseded by another assessment.
 */
public enum Status {

	DRAFT("draft"), IN_REVIEW("in-review"), ACCEPTED("accepted"), REJECTED("rejected"), SUPERSEDED("superseded");

	private final String id;

	Status(String id) {
		this.id = id;
	}

	/** The stored and published name, e.g. {@code in-review}. */
	public String id() {
		return this.id;
	}

	public static Optional<Status> of(String id) {
		return Arrays.stream(values()).filter((status) -> status.id.equals(id)).findFirst();
	}

	/** The statuses this one may move to. */
	public List<Status> next() {
		return switch (this) {
			case DRAFT -> List.of(IN_REVIEW);
			case IN_REVIEW -> List.of(ACCEPTED, REJECTED, DRAFT);
			case ACCEPTED, REJECTED -> List.of(SUPERSEDED);
			case SUPERSEDED -> List.of();
		};
	}

	public boolean canMoveTo(Status target) {
		return next().contains(target);
	}

	/** Whether a decision (accepted or rejected) has been recorded. */
	public boolean decided() {
		return this == ACCEPTED || this == REJECTED || this == SUPERSEDED;
	}

}
