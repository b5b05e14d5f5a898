package io.archfit.review.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Decision;
import io.archfit.assessment.Status;
import io.archfit.review.Comment;

/**
 * What the review fragments show, laid out for the templates. Texts are looked up by the
 * templates.
 */
public final class ReviewViews {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private ReviewViews() {
	}

	static String format(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	/** One comment: its text cut into text and links. */
	public record CommentView(long id, String author, List<LinkedText.Segment> segments, boolean hidden, String time,
			String isoTime) {

		static CommentView of(Comment comment) {
			return new CommentView(comment.id(), comment.author(), LinkedText.of(comment.body()), comment.hidden(),
					format(comment.createdAt()), comment.createdAt().toString());
		}

	}

	/**
	 * The comments shown: the latest ones, oldest first; {@code total} counts all the
	 * reader may see.
	 */
	public record CommentsView(List<CommentView> comments, long total, boolean complete, int limit) {

	}

	/** The values of the comment form (as typed, when it comes back with a problem). */
	public record CommentForm(String author, String body) {

	}

	/** The values of the vote form. */
	public record VoteForm(String voter, String architecture) {

	}

	/** The values of the decision form. */
	public record DecisionForm(String status, String architecture, String rationale, String deciders,
			String supersededBy) {

	}

	/**
	 * The status and the recorded decision of an assessment, and what the owner may do
	 * next.
	 *
	 * @param status the status id
	 * @param decision the recorded decision
	 * @param recommended the architecture recommended now
	 * @param differs whether the accepted architecture is not the recommended one
	 * @param decidedAt when decided, formatted
	 * @param next the statuses the owner may move to
	 * @param architectures every architecture, for the picker
	 */
	public record DecisionView(String status, Decision decision, String recommended, boolean differs, String decidedAt,
			List<String> next, List<String> architectures) {

		static DecisionView of(Assessment assessment, String recommended, List<String> architectures) {
			Decision decision = assessment.decision();
			boolean accepted = decision.architecture() != null;
			return new DecisionView(assessment.status().id(), decision, recommended,
					accepted && !decision.architecture().equals(recommended), format(decision.decidedAt()),
					assessment.nextStatuses().stream().map(Status::id).toList(), architectures);
		}

		public boolean accepted() {
			return Status.ACCEPTED.id().equals(this.status);
		}

		public boolean decided() {
			return this.decision.isRecorded();
		}

		public boolean mayMoveTo(String status) {
			return this.next.contains(status);
		}

	}

	/** Field → message, for a form that comes back with problems. */
	public static Map<String, String> noErrors() {
		return Map.of();
	}

}
