package io.archfit.review.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Decision;
import io.archfit.assessment.DecisionRefusedException;
import io.archfit.assessment.Status;
import io.archfit.assessment.StatusChange;
import io.archfit.review.Comment;
import io.archfit.review.Comments;
import io.archfit.review.DecisionMessages;
import io.archfit.review.InvalidReviewException;
import io.archfit.review.Tally;
import io.archfit.review.Vote;
import io.archfit.review.Votes;
import io.archfit.system.ApiProblem;
import io.archfit.system.ForbiddenException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Team review over JSON: comments and votes by anyone with the view key, the status and
 * decision by the owner (owner key in the {@code X-Owner-Key} header).
 */
@RestController
@Tag(name = "Review", description = "Comments, votes and the recorded decision of an assessment")
class ReviewApi {

	static final String OWNER_KEY_HEADER = "X-Owner-Key";

	private final Assessments assessments;

	private final Comments comments;

	private final Votes votes;

	private final DecisionMessages texts;

	private final MessageSource messages;

	ReviewApi(Assessments assessments, Comments comments, Votes votes, DecisionMessages texts, MessageSource messages) {
		this.assessments = assessments;
		this.comments = comments;
		this.votes = votes;
		this.texts = texts;
		this.messages = messages;
	}

	/** A new comment: display name and plain text. */
	record CommentRequest(String author, String body) {

	}

	/** A comment as published; {@code hidden} only ever true for the owner. */
	record CommentJson(long id, String author, String body, Instant createdAt, boolean hidden) {

		static CommentJson of(Comment comment) {
			return new CommentJson(comment.id(), comment.author(), comment.body(), comment.createdAt(),
					comment.hidden());
		}

	}

	/** A vote: display name and an architecture id or {@code recommended}. */
	record VoteRequest(String voter, String architecture) {

	}

	record VoteJson(String voter, String architecture, Instant createdAt, Instant updatedAt) {

	}

	/**
	 * The votes per architecture (ranking order); a vote agreeing with the recommendation
	 * counts for the recommended architecture and is marked {@code agreed}.
	 */
	record TallyJson(String recommended, int total, List<RowJson> architectures) {

		record RowJson(String architecture, boolean recommended, int count, List<Tally.Voter> voters) {

		}

		static TallyJson of(Tally tally) {
			return new TallyJson(tally.recommended(), tally.total(),
					tally.rows()
						.stream()
						.map((row) -> new RowJson(row.architecture(), row.recommended(), row.count(), row.voters()))
						.toList());
		}

	}

	/** The wished status and, depending on it, the decision's parts. */
	record DecisionRequest(String status, String architecture, String rationale, String deciders, String supersededBy) {

	}

	/**
	 * The status and decision; {@code differsFromRecommendation} when the accepted
	 * architecture is not the recommended one.
	 */
	record DecisionJson(String status, String architecture, String recommended, boolean differsFromRecommendation,
			String rationale, String deciders, Instant decidedAt, String supersededBy, List<String> nextStatuses) {

		static DecisionJson of(Assessment assessment) {
			Decision decision = assessment.decision();
			boolean differs = decision.architecture() != null
					&& !decision.architecture().equals(assessment.recommended());
			return new DecisionJson(assessment.status().id(), decision.architecture(), assessment.recommended(),
					differs, decision.rationale(), decision.deciders(), decision.decidedAt(), decision.supersededBy(),
					assessment.nextStatuses().stream().map(Status::id).toList());
		}

	}

	@Operation(summary = "Comment on an assessment",
			description = "Anyone with the view key may comment. Plain text, 1–4000 characters; "
					+ "the author's display name 1–80 characters.")
	@PostMapping(path = "/api/v1/assessments/{viewKey}/comments", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CommentJson> comment(@PathVariable String viewKey, @RequestBody CommentRequest request) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		Comment comment = this.comments.post(assessment, request.author(), request.body());
		return ResponseEntity.status(HttpStatus.CREATED).body(CommentJson.of(comment));
	}

	@Operation(summary = "List the comments of an assessment",
			description = "Oldest first. Hidden comments are "
					+ "left out, unless the owner key is given in the X-Owner-Key header.")
	@GetMapping(path = "/api/v1/assessments/{viewKey}/comments", produces = MediaType.APPLICATION_JSON_VALUE)
	List<CommentJson> comments(@PathVariable String viewKey,
			@RequestHeader(name = OWNER_KEY_HEADER, required = false) String ownerKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		boolean owner = ownerKey != null && isOwner(assessment, ownerKey);
		return this.comments.latest(assessment, owner, 0).comments().stream().map(CommentJson::of).toList();
	}

	@Operation(summary = "Vote for an architecture",
			description = "One vote per voter name (case and spaces aside): a second call replaces the first. "
					+ "architecture is one of the catalogue's architecture ids, or \"recommended\" to agree "
					+ "with the recommendation.")
	@PutMapping(path = "/api/v1/assessments/{viewKey}/votes", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	VoteJson vote(@PathVariable String viewKey, @RequestBody VoteRequest request) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		Vote vote = this.votes.cast(assessment, request.voter(), request.architecture());
		return new VoteJson(vote.voter(), vote.architecture(), vote.createdAt(), vote.updatedAt());
	}

	@Operation(summary = "The vote tally",
			description = "Votes per architecture in ranking order, with the voters' names; "
					+ "agreement with the recommendation counts for the recommended architecture.")
	@GetMapping(path = "/api/v1/assessments/{viewKey}/votes", produces = MediaType.APPLICATION_JSON_VALUE)
	TallyJson tally(@PathVariable String viewKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		return TallyJson.of(this.votes.tally(assessment, this.assessments.evaluationOf(assessment)));
	}

	@Operation(summary = "The status and recorded decision")
	@GetMapping(path = "/api/v1/assessments/{viewKey}/decision", produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionJson decision(@PathVariable String viewKey) {
		return DecisionJson.of(this.assessments.byViewKey(viewKey));
	}

	@Operation(summary = "Change the status, record the decision",
			description = "Needs the owner key in the X-Owner-Key header. draft → in-review → accepted | rejected "
					+ "→ superseded (and in-review → draft). Accepting needs the architecture, and a rationale "
					+ "when it is not the recommended one; superseding needs supersededBy, the view key of "
					+ "another assessment. A transition that is not allowed answers 409.")
	@PutMapping(path = "/api/v1/assessments/{viewKey}/decision", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	DecisionJson decide(@PathVariable String viewKey, @RequestHeader(OWNER_KEY_HEADER) String ownerKey,
			@RequestBody DecisionRequest request) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!isOwner(assessment, ownerKey)) {
			throw new ForbiddenException("problem.ownerKeyMismatch");
		}
		StatusChange change = new StatusChange(request.status(), request.architecture(), request.rationale(),
				request.deciders(), request.supersededBy());
		return DecisionJson.of(this.assessments.changeStatus(ownerKey, change));
	}

	@ExceptionHandler(InvalidReviewException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidReviewException ex, Locale locale) {
		List<ApiProblem.FieldError> errors = ex.problems()
			.stream()
			.map((problem) -> new ApiProblem.FieldError(problem.field(), problem.code(),
					this.texts.problem(problem, locale)))
			.toList();
		return respond(ApiProblem.invalid(message("problem.invalid", locale), errors));
	}

	@ExceptionHandler(DecisionRefusedException.class)
	ResponseEntity<ProblemDetail> refused(DecisionRefusedException ex, Locale locale) {
		String why = this.texts.refused(ex, locale);
		if (ex.transitionRefused()) {
			return respond(ApiProblem.of(HttpStatus.CONFLICT, why));
		}
		return respond(ApiProblem.invalid(message("problem.invalid", locale),
				List.of(new ApiProblem.FieldError(ex.field(), ex.code(), why))));
	}

	private boolean isOwner(Assessment assessment, String ownerKey) {
		return this.assessments.findByOwnerKey(ownerKey)
			.map((owner) -> owner.id().equals(assessment.id()))
			.orElse(false);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		problem.setInstance(ApiProblem.instance());
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
