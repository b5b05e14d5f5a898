package io.archfit.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.evaluation.Answers;
import io.archfit.support.AppTest;
import io.archfit.system.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Comments and votes against the database: ordering, hiding, one row per voter even under
 * concurrent identical votes, every concurrent comment stored, and removal with the
 * assessment.
 */
@AppTest
class ReviewServiceTests {

	@Autowired
	Assessments assessments;

	@Autowired
	Comments comments;

	@Autowired
	Votes votes;

	@Autowired
	CommentRepository commentRepository;

	@Autowired
	JdbcTemplate jdbc;

	Assessments.Owned owned;

	Assessment assessment;

	@BeforeEach
	void assessment() {
		this.owned = this.assessments.create("Checkout", null,
				Answers.of(Map.of("domainSize", "small", "teamCount", "one")), List.of());
		this.assessment = this.owned.assessment();
	}

	@Test
	void latestCommentsComeOldestFirstAndHiddenOnesOnlyForTheOwner() {
		for (int i = 1; i <= 5; i++) {
			this.comments.post(this.assessment, "Ana", "comment " + i);
		}
		Comments.Latest latest = this.comments.latest(this.assessment, false, 3);
		assertThat(latest.comments()).extracting(Comment::body).containsExactly("comment 3", "comment 4", "comment 5");
		assertThat(latest.total()).isEqualTo(5);
		assertThat(latest.complete()).isFalse();

		Comment third = latest.comments().get(0);
		this.comments.setHidden(this.assessment, third.id(), true);
		assertThat(this.comments.latest(this.assessment, false, 0).comments()).extracting(Comment::body)
			.containsExactly("comment 1", "comment 2", "comment 4", "comment 5");
		Comments.Latest forOwner = this.comments.latest(this.assessment, true, 0);
		assertThat(forOwner.total()).isEqualTo(5);
		assertThat(forOwner.complete()).isTrue();
		assertThat(forOwner.comments().get(2).hidden()).isTrue();
		this.comments.setHidden(this.assessment, third.id(), false);
		assertThat(this.comments.latest(this.assessment, false, 0).total()).isEqualTo(5);
	}

	@Test
	void anotherAssessmentsCommentCannotBeHidden() {
		Comment comment = this.comments.post(this.assessment, "Ana", "mine");
		Assessment other = this.assessments.create("Other", null, Answers.of(Map.of("domainSize", "large")), List.of())
			.assessment();
		assertThatThrownBy(() -> this.comments.setHidden(other, comment.id(), true))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.commentRepository.findById(comment.id()).orElseThrow().hidden()).isFalse();
	}

	@Test
	void badCommentsAreNotStored() {
		assertThatThrownBy(() -> this.comments.post(this.assessment, "", "x".repeat(4001))).isInstanceOfSatisfying(
				InvalidReviewException.class,
				(ex) -> assertThat(ex.problems()).extracting(ReviewProblem::field).containsExactly("author", "body"));
		assertThat(count("comment")).isZero();
	}

	@Test
	void aSecondVoteOfTheSameNameReplacesTheFirst() {
		this.votes.cast(this.assessment, "Ana", "microservices");
		this.votes.cast(this.assessment, "ANA ", "recommended");
		this.votes.cast(this.assessment, "Ben", "hybrid");
		assertThat(count("vote")).isEqualTo(2);
		Tally tally = this.votes.tally(this.assessment, this.assessments.evaluationOf(this.assessment));
		assertThat(tally.total()).isEqualTo(2);
		Tally.Row recommended = tally.rows().get(0);
		assertThat(recommended.architecture()).isEqualTo(this.assessment.recommended());
		assertThat(recommended.voters()).containsExactly(new Tally.Voter("ANA", true));
		assertThat(this.votes.voteOf(this.assessment, "ana").architecture()).isEqualTo("recommended");
	}

	@Test
	void identicalConcurrentVotesOfOneVoterLeaveOneRow() throws Exception {
		List<Vote> results = concurrently(16, (i) -> this.votes.cast(this.assessment, "Ana", "serverless"));
		assertThat(results).hasSize(16).allMatch((vote) -> vote.architecture().equals("serverless"));
		assertThat(count("vote")).isEqualTo(1);
	}

	@Test
	void concurrentDifferentVotesOfOneVoterLeaveOneRowWithOneOfTheChoices() throws Exception {
		List<String> choices = List.of("monolith", "microservices", "serverless", "hybrid");
		concurrently(16, (i) -> this.votes.cast(this.assessment, (i % 2 == 0) ? "Ana" : " ana", choices.get(i % 4)));
		assertThat(count("vote")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select architecture from vote where assessment_id = ?", String.class,
				this.assessment.id()))
			.isIn(choices);
	}

	@Test
	void everyConcurrentCommentIsStored() throws Exception {
		concurrently(50, (i) -> this.comments.post(this.assessment, "Reviewer " + i, "Comment " + i));
		assertThat(count("comment")).isEqualTo(50);
		assertThat(this.comments.latest(this.assessment, false, 0).comments()).extracting(Comment::author)
			.doesNotHaveDuplicates()
			.hasSize(50);
	}

	@Test
	void commentsAndVotesGoWithTheirAssessment() {
		this.comments.post(this.assessment, "Ana", "bye");
		this.votes.cast(this.assessment, "Ana", "hybrid");
		this.assessments.delete(this.owned.ownerKey());
		assertThat(count("comment")).isZero();
		assertThat(count("vote")).isZero();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where assessment_id = ?", Long.class,
				this.assessment.id());
	}

	private <T> List<T> concurrently(int threads, Task<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				int n = i;
				Callable<T> call = () -> {
					start.await();
					return task.run(n);
				};
				futures.add(pool.submit(call));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	interface Task<T> {

		T run(int index) throws Exception;

	}

}
