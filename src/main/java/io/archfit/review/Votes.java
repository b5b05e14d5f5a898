package io.archfit.review;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.AssessmentSnapshot;
import io.archfit.assessment.Engine;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.RankedArchitecture;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Votes on assessments: one per display name and assessment. A second vote replaces the
 * first; identical votes arriving at once still leave one row (the unique index on
 * assessment and voter decides, and the loser updates the winner's row).
 */
@Service
public class Votes {

	/** Attempts before giving up on a vote that keeps colliding with others. */
	static final int ATTEMPTS = 8;

	private final VoteRepository votes;

	private final Engine engine;

	private final TransactionTemplate writes;

	private final TransactionTemplate reads;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter cast;

	Votes(VoteRepository votes, Engine engine, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.votes = votes;
		this.engine = engine;
		this.events = events;
		this.writes = new TransactionTemplate(transactions);
		this.writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.clock = clock;
		this.cast = Counter.builder("archfit.votes.cast")
			.description("Votes cast (a new vote or a changed one)")
			.register(meters);
	}

	/**
	 * Records the voter's choice (an architecture id or
	 * {@value ReviewInput#RECOMMENDED}), replacing an earlier vote of the same name. Bad
	 * input is refused with {@link InvalidReviewException}. Published as {@link VoteCast}
	 * in the transaction that stores the vote.
	 */
	public Vote cast(Assessment assessment, String voter, String architecture) {
		List<String> architectures = this.engine.catalogueOf(assessment).architectures();
		ReviewInput input = new ReviewInput();
		String name = input.name("voter", voter);
		String choice = input.choice("architecture", architecture, architectures);
		input.complete();
		String key = ReviewInput.voterKey(name);
		for (int attempt = 1;; attempt++) {
			try {
				Vote stored = this.writes.execute((status) -> {
					Vote vote = this.votes.findByAssessmentIdAndVoterKey(assessment.id(), key).orElse(null);
					if (vote == null) {
						vote = new Vote(assessment.id(), name, choice, this.clock.instant());
					}
					else {
						vote.change(name, choice, this.clock.instant());
					}
					Vote saved = this.votes.saveAndFlush(vote);
					this.events.publishEvent(new VoteCast(UUID.randomUUID(), saved.updatedAt(),
							AssessmentSnapshot.of(assessment), saved.voter(), saved.architecture()));
					return saved;
				});
				this.cast.increment();
				return stored;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				// Someone else's identical vote got in first: the next attempt updates
				// it.
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** The votes counted per architecture, in the order of the evaluation's ranking. */
	public Tally tally(Assessment assessment, Evaluation evaluation) {
		List<Vote> all = this.reads
			.execute((status) -> this.votes.findByAssessmentIdOrderByCreatedAtAscIdAsc(assessment.id()));
		List<String> ranking = evaluation.ranking().stream().map(RankedArchitecture::architecture).toList();
		return Tally.of(all, evaluation.recommended(), ranking);
	}

	/** The vote of this display name, if any. */
	public Vote voteOf(Assessment assessment, String voter) {
		if (voter == null || voter.isBlank()) {
			return null;
		}
		return this.reads
			.execute((status) -> this.votes.findByAssessmentIdAndVoterKey(assessment.id(), ReviewInput.voterKey(voter))
				.orElse(null));
	}

}
