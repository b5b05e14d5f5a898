package io.archfit.assessment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The decision recorded on an assessment: the architecture chosen (when accepted), why,
 * who decided and when, and — once superseded — the view key of the assessment that
 * replaces it. Every part may be absent.
 */
@Embeddable
public class Decision {

	public static final int RATIONALE_MAX = 4000;

	public static final int DECIDERS_MAX = 500;

	static final Decision NONE = new Decision(null, null, null, null, null);

	@Column(name = "decided_architecture")
	private String architecture;

	@Column(name = "decision_rationale")
	private String rationale;

	@Column(name = "deciders")
	private String deciders;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "superseded_by")
	private String supersededBy;

	protected Decision() {
	}

	Decision(String architecture, String rationale, String deciders, Instant decidedAt, String supersededBy) {
		this.architecture = architecture;
		this.rationale = rationale;
		this.deciders = deciders;
		this.decidedAt = decidedAt;
		this.supersededBy = supersededBy;
	}

	/** The architecture chosen when accepted, else null. */
	public String architecture() {
		return this.architecture;
	}

	public String rationale() {
		return this.rationale;
	}

	public String deciders() {
		return this.deciders;
	}

	public Instant decidedAt() {
		return this.decidedAt;
	}

	/** The view key of the assessment that replaces this one, else null. */
	public String supersededBy() {
		return this.supersededBy;
	}

	public boolean isRecorded() {
		return this.decidedAt != null;
	}

	Decision supersededBy(String viewKey) {
		return new Decision(this.architecture, this.rationale, this.deciders, this.decidedAt, viewKey);
	}

}
