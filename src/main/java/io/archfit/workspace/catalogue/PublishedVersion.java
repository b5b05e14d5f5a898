package io.archfit.workspace.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One published version of a team catalogue: the validated document as published. Never
 * changed once written; it outlives its workspace, so that the assessments scored with it
 * read the same.
 */
@Entity
@Table(name = "team_catalogue_version")
public class PublishedVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "catalogue_id", nullable = false)
	private String catalogueId;

	@Column(name = "workspace_id")
	private Long workspaceId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String document;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	protected PublishedVersion() {
	}

	PublishedVersion(String catalogueId, long workspaceId, int number, String document, Instant publishedAt) {
		this.catalogueId = catalogueId;
		this.workspaceId = workspaceId;
		this.number = number;
		this.document = document;
		this.publishedAt = publishedAt;
	}

	public String catalogueId() {
		return this.catalogueId;
	}

	/** The version number, from 1; the catalogue's version is its decimal text. */
	public int number() {
		return this.number;
	}

	public Instant publishedAt() {
		return this.publishedAt;
	}

	String document() {
		return this.document;
	}

}
