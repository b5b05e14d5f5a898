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
 * A reader's comment on an assessment: plain text under a display name. The owner may
 * hide it from readers (and show it again).
 */
@Entity
@Table(name = "comment")
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(nullable = false)
	private String author;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private boolean hidden;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Comment() {
	}

	Comment(Long assessmentId, String author, String body, Instant now) {
		this.assessmentId = Objects.requireNonNull(assessmentId);
		this.author = Objects.requireNonNull(author);
		this.body = Objects.requireNonNull(body);
		this.createdAt = now;
	}

	public Long id() {
		return this.id;
	}

	public Long assessmentId() {
		return this.assessmentId;
	}

	public String author() {
		return this.author;
	}

	public String body() {
		return this.body;
	}

	public boolean hidden() {
		return this.hidden;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	void hide(boolean hidden) {
		this.hidden = hidden;
	}

}
