package io.archfit.workspace.catalogue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The team catalogue a workspace's owner is editing: one per workspace, kept as written
 * (it may not be valid yet), until it is published.
 */
@Entity
@Table(name = "team_catalogue_draft")
public class CatalogueDraft {

	@Id
	@Column(name = "workspace_id")
	private Long workspaceId;

	@Version
	private long version;

	@Column(nullable = false)
	private String document;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected CatalogueDraft() {
	}

	CatalogueDraft(long workspaceId, String document, Instant now) {
		this.workspaceId = workspaceId;
		this.document = document;
		this.updatedAt = now;
	}

	public String document() {
		return this.document;
	}

	public long version() {
		return this.version;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	void change(String document, Instant now) {
		this.document = document;
		this.updatedAt = now;
	}

}
