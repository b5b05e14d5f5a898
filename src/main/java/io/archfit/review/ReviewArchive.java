package io.archfit.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.archfit.assessment.Assessment;

import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments and votes as a workspace archive carries them: every comment (hidden ones too,
 * marked) and every vote, read out and restored on a new assessment with the names, texts
 * and times recorded. What is restored was checked with {@link ReviewInput}.
 */
@Service
@Transactional
public class ReviewArchive {

	private final CommentRepository comments;

	private final VoteRepository votes;

	ReviewArchive(CommentRepository comments, VoteRepository votes) {
		this.comments = comments;
		this.votes = votes;
	}

	/** Every comment of the assessment, hidden ones too, oldest first. */
	@Transactional(readOnly = true)
	public List<Comment> comments(Assessment assessment) {
		List<Comment> oldestFirst = new ArrayList<>(
				this.comments.findByAssessmentIdOrderByCreatedAtDescIdDesc(assessment.id(), Pageable.unpaged()));
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** Every vote of the assessment, oldest first. */
	@Transactional(readOnly = true)
	public List<Vote> votes(Assessment assessment) {
		return this.votes.findByAssessmentIdOrderByCreatedAtAscIdAsc(assessment.id());
	}

	public void restoreComment(Assessment assessment, String author, String body, boolean hidden, Instant createdAt) {
		Comment comment = new Comment(assessment.id(), author, body, createdAt);
		comment.hide(hidden);
		this.comments.save(comment);
	}

	/** Restores a vote; one voter's name may appear once per assessment. */
	public void restoreVote(Assessment assessment, String voter, String architecture, Instant createdAt,
			Instant updatedAt) {
		Vote vote = new Vote(assessment.id(), voter, architecture, createdAt);
		if (updatedAt != null && updatedAt.isAfter(createdAt)) {
			vote.change(voter, architecture, updatedAt);
		}
		this.votes.save(vote);
	}

}
