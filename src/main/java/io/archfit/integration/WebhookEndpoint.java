package io.archfit.integration;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Where a workspace's events go: a URL, the event types it wants, the format, and the
 * secret its deliveries are signed with. An endpoint that has failed without a success
 * for too long is paused until its owner resumes it.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "workspace_id", nullable = false)
	private Long workspaceId;

	@Column(nullable = false)
	private String url;

	private String description;

	@Column(nullable = false)
	private String format;

	@Column(nullable = false)
	private String events;

	@Column(nullable = false)
	private String secret;

	@Column(nullable = false)
	private String language;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "failing_since")
	private Instant failingSince;

	@Column(name = "paused_at")
	private Instant pausedAt;

	protected WebhookEndpoint() {
	}

	WebhookEndpoint(long workspaceId, String url, String description, WebhookFormat format, List<String> events,
			String secret, String language, Instant now) {
		this.workspaceId = workspaceId;
		this.url = Objects.requireNonNull(url);
		this.description = description;
		this.format = format.id();
		this.events = String.join(",", events);
		this.secret = Objects.requireNonNull(secret);
		this.language = language;
		this.createdAt = now;
	}

	public Long id() {
		return this.id;
	}

	public Long workspaceId() {
		return this.workspaceId;
	}

	public String url() {
		return this.url;
	}

	public String description() {
		return this.description;
	}

	public WebhookFormat format() {
		return WebhookFormat.of(this.format).orElse(WebhookFormat.STANDARD);
	}

	/** The event types it wants, in the order of {@link WebhookEvents#TYPES}. */
	public List<String> events() {
		List<String> wanted = Arrays.asList(this.events.split(","));
		return WebhookEvents.TYPES.stream().filter(wanted::contains).toList();
	}

	public boolean wants(String eventType) {
		return events().contains(eventType);
	}

	/** The language of its chat messages. */
	public String language() {
		return this.language;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	/** Since when it has failed without a success in between, or null. */
	public Instant failingSince() {
		return this.failingSince;
	}

	/** When it was paused, or null while it is active. */
	public Instant pausedAt() {
		return this.pausedAt;
	}

	public boolean paused() {
		return this.pausedAt != null;
	}

	String secret() {
		return this.secret;
	}

	void resume() {
		this.pausedAt = null;
		this.failingSince = null;
	}

}
