package io.archfit.workspace;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A team space: a named list of assessments, reachable through a view key (list, compare)
 * and an owner key (rename, renew links, add assessments, delete), the latter stored only
 * as a hash.
 */
@Entity
@Table(name = "workspace")
public class Workspace {

	/** The longest name a workspace may have. */
	public static final int NAME_MAX = 120;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Column(name = "view_key", nullable = false)
	private String viewKey;

	@Column(name = "owner_key_hash", nullable = false)
	private String ownerKeyHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Workspace() {
	}

	Workspace(String name, String viewKey, String ownerKeyHash, Instant now) {
		this.name = checkedName(name);
		this.viewKey = Objects.requireNonNull(viewKey);
		this.ownerKeyHash = Objects.requireNonNull(ownerKeyHash);
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String name() {
		return this.name;
	}

	public String viewKey() {
		return this.viewKey;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	void rename(String name, Instant now) {
		this.name = checkedName(name);
		this.updatedAt = now;
	}

	void rotateViewKey(String newViewKey, Instant now) {
		this.viewKey = Objects.requireNonNull(newViewKey);
		this.updatedAt = now;
	}

	void rotateOwnerKey(String newOwnerKeyHash, Instant now) {
		this.ownerKeyHash = Objects.requireNonNull(newOwnerKeyHash);
		this.updatedAt = now;
	}

	private static String checkedName(String name) {
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			throw new IllegalArgumentException("a workspace name has 1 to " + NAME_MAX + " characters");
		}
		return name;
	}

}
