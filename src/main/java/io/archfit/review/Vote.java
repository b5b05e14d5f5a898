package io.archfit.review;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A reviewer's preferred architecture (or agreement with the recommendation). One per
 * display name and assessment: voting again replaces the choice.
 */
@Entity
@Table(name = "vote")
public class Vote {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(nullable = false)
	private String voter;

	@Column(name = "voter_key", nullable = false)
	private String voterKey;

	@Column(nullable = false)
	private String architecture;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Vote() {
	}

	Vote(Long assessmentId, String voter, String architecture, Instant now) {
		this.assessmentId = Objects.requireNonNull(assessmentId);
		this.voter = Objects.requireNonNull(voter);
		this.voterKey = ReviewInput.voterKey(voter);
		this.architecture = Objects.requireNonNull(architecture);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long assessmentId() {
		return this.assessmentId;
	}

	/** The display name as last typed. */
	public String voter() {
		return this.voter;
	}

	public String voterKey() {
		return this.voterKey;
	}

	/**
	 * An architecture id, or {@value ReviewInput#RECOMMENDED} for agreement with the
	 * recommendation.
	 */
	public String architecture() {
		return this.architecture;
	}

	public boolean agreesWithRecommendation() {
		return ReviewInput.RECOMMENDED.equals(this.architecture);
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/**
	 * Replaces the choice (and the spelling of the name) by a later vote of the same
	 * voter.
	 */
	void change(String voter, String architecture, Instant now) {
		if (!ReviewInput.voterKey(voter).equals(this.voterKey)) {
			throw new IllegalArgumentException("another voter's vote");
		}
		this.voter = voter;
		this.architecture = Objects.requireNonNull(architecture);
		this.updatedAt = now;
	}

}
