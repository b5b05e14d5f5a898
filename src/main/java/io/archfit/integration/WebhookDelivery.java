package io.archfit.integration;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One event on its way to one endpoint: the body to send, its webhook id (the same on
 * every attempt), and how the attempts went. Pending until delivered (a 2xx answer) or
 * given up after the last attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

	/** Where a delivery stands. */
	public enum Status {

		PENDING("pending"), DELIVERED("delivered"), FAILED("failed");

		private final String id;

		Status(String id) {
			this.id = id;
		}

		public String id() {
			return this.id;
		}

		static Status of(String id) {
			for (Status status : values()) {
				if (status.id.equals(id)) {
					return status;
				}
			}
			throw new IllegalArgumentException(id);
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "message_id", nullable = false)
	private String messageId;

	@Column(name = "endpoint_id", nullable = false)
	private Long endpointId;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "event_type", nullable = false)
	private String eventType;

	@Column(nullable = false)
	private String payload;

	@Column(nullable = false)
	private String status;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_attempt_at")
	private Instant lastAttemptAt;

	@Column(name = "response_code")
	private Integer responseCode;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "lease_owner")
	private String leaseOwner;

	@Column(name = "lease_until")
	private Instant leaseUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "delivered_at")
	private Instant deliveredAt;

	protected WebhookDelivery() {
	}

	WebhookDelivery(String messageId, long endpointId, UUID eventId, String eventType, String payload, Instant now) {
		this.messageId = Objects.requireNonNull(messageId);
		this.endpointId = endpointId;
		this.eventId = Objects.requireNonNull(eventId);
		this.eventType = Objects.requireNonNull(eventType);
		this.payload = Objects.requireNonNull(payload);
		this.status = Status.PENDING.id();
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	public Long id() {
		return this.id;
	}

	/** The {@code webhook-id} header: the same on every attempt. */
	public String messageId() {
		return this.messageId;
	}

	public Long endpointId() {
		return this.endpointId;
	}

	public UUID eventId() {
		return this.eventId;
	}

	public String eventType() {
		return this.eventType;
	}

	/** The body as sent. */
	public String payload() {
		return this.payload;
	}

	public Status status() {
		return Status.of(this.status);
	}

	public int attempts() {
		return this.attempts;
	}

	/** When the next attempt is due (pending only). */
	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant lastAttemptAt() {
		return this.lastAttemptAt;
	}

	/** The receiver's last HTTP status, or null when none came. */
	public Integer responseCode() {
		return this.responseCode;
	}

	/**
	 * Why the last attempt failed without an answer ({@code timeout}, {@code connection},
	 * {@code address}, {@code tls}), or null.
	 */
	public String lastError() {
		return this.lastError;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	String leaseOwner() {
		return this.leaseOwner;
	}

	void delivered(int responseCode, Instant now) {
		this.attempts++;
		this.status = Status.DELIVERED.id();
		this.responseCode = responseCode;
		this.lastError = null;
		this.lastAttemptAt = now;
		this.deliveredAt = now;
		this.nextAttemptAt = null;
		release();
	}

	/**
	 * A failed attempt: due again at {@code next}, or given up (null).
	 */
	void failed(Integer responseCode, String error, Instant now, Instant next) {
		this.attempts++;
		this.responseCode = responseCode;
		this.lastError = error;
		this.lastAttemptAt = now;
		this.nextAttemptAt = next;
		this.status = ((next != null) ? Status.PENDING : Status.FAILED).id();
		release();
	}

	/** Sends it once more, now, with the same webhook id. */
	void redeliver(Instant now) {
		this.status = Status.PENDING.id();
		this.nextAttemptAt = now;
		release();
	}

	private void release() {
		this.leaseOwner = null;
		this.leaseUntil = null;
	}

}
