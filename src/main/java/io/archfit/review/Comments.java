package io.archfit.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.AssessmentSnapshot;
import io.archfit.system.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on assessments: anyone with the view link posts; the owner hides and shows.
 */
@Service
@Transactional
public class Comments {

	private final CommentRepository comments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter posted;

	Comments(CommentRepository comments, ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.comments = comments;
		this.events = events;
		this.clock = clock;
		this.posted = Counter.builder("archfit.comments.posted").description("Comments posted").register(meters);
	}

	/**
	 * The latest comments, oldest first, and how many there are in all.
	 *
	 * @param comments up to the limit asked for, oldest first
	 * @param total all comments the reader may see
	 */
	public record Latest(List<Comment> comments, long total) {

		public boolean complete() {
			return this.comments.size() >= this.total;
		}

	}

	/**
	 * Posts a comment; an empty, over-long or control-character name or text is refused
	 * with {@link InvalidReviewException}. Published as {@link CommentPosted}.
	 */
	public Comment post(Assessment assessment, String author, String body) {
		ReviewInput input = new ReviewInput();
		String name = input.name("author", author);
		String text = input.text("body", body, ReviewInput.BODY_MAX);
		input.complete();
		Comment comment = this.comments.save(new Comment(assessment.id(), name, text, this.clock.instant()));
		this.events.publishEvent(new CommentPosted(UUID.randomUUID(), comment.createdAt(),
				AssessmentSnapshot.of(assessment), comment.id(), name, text));
		this.posted.increment();
		return comment;
	}

	/**
	 * The latest {@code limit} comments (all when limit ≤ 0), hidden ones only when
	 * {@code includeHidden}.
	 */
	@Transactional(readOnly = true)
	public Latest latest(Assessment assessment, boolean includeHidden, int limit) {
		Pageable page = (limit > 0) ? PageRequest.of(0, limit) : Pageable.unpaged();
		List<Comment> newestFirst = includeHidden
				? this.comments.findByAssessmentIdOrderByCreatedAtDescIdDesc(assessment.id(), page)
				: this.comments.findByAssessmentIdAndHiddenFalseOrderByCreatedAtDescIdDesc(assessment.id(), page);
		long total;
		if (limit <= 0 || newestFirst.size() < limit) {
			// Fewer than asked for: these are all there are.
			total = newestFirst.size();
		}
		else {
			total = includeHidden ? this.comments.countByAssessmentId(assessment.id())
					: this.comments.countByAssessmentIdAndHiddenFalse(assessment.id());
		}
		List<Comment> oldestFirst = new ArrayList<>(newestFirst);
		Collections.reverse(oldestFirst);
		return new Latest(List.copyOf(oldestFirst), total);
	}

	/** Hides a comment from readers, or shows it again; another assessment's is a 404. */
	public Comment setHidden(Assessment assessment, long commentId, boolean hidden) {
		Comment comment = this.comments.findByIdAndAssessmentId(commentId, assessment.id())
			.orElseThrow(NotFoundException::new);
		comment.hide(hidden);
		return this.comments.save(comment);
	}

}
