package io.archfit.assessment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An application's assessment: its answers, priorities and the recommendation they
 * produce, reachable through a view key and an owner key (stored only as a hash). While
 * the wizard is being filled it is a draft ({@link #wizardStep()} names the next step to
 * answer); once complete, every change of answers or priorities becomes a new
 * {@link Revision}.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

	/** Steps of the wizard: four of traits and a last one for title and priorities. */
	public static final int WIZARD_STEPS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "view_key", nullable = false)
	private String viewKey;

	@Column(name = "owner_key_hash", nullable = false)
	private String ownerKeyHash;

	@Column(nullable = false)
	private String title;

	/** The title in lower case, kept for indexed search and sorting by title. */
	@Column(name = "title_lower", nullable = false)
	private String titleLower;

	private String description;

	@Column(name = "answers", nullable = false)
	private String answersJson;

	@Column(name = "priorities", nullable = false)
	private String prioritiesJson;

	@Column(name = "assumptions")
	private String assumptionsJson;

	@Column(name = "catalogue_id", nullable = false)
	private String catalogueId = Catalogue.BUILT_IN;

	@Column(name = "catalogue_version", nullable = false)
	private String catalogueVersion;

	private String recommended;

	private Double score;

	private Double confidence;

	@Column(nullable = false)
	@Convert(converter = StatusConverter.class)
	private Status status;

	@Embedded
	private Decision decision;

	@Column(name = "wizard_step", nullable = false)
	private int wizardStep;

	@Column(nullable = false)
	private int revision;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/** The workspace (team space) the assessment belongs to, if any. */
	@Column(name = "workspace_id")
	private Long workspaceId;

	@Column(name = "scenario_of")
	private Long scenarioOf;

	protected Assessment() {
	}

	Assessment(String viewKey, String ownerKeyHash, String title, Instant now) {
		this.viewKey = Objects.requireNonNull(viewKey);
		this.ownerKeyHash = Objects.requireNonNull(ownerKeyHash);
		this.title = Objects.requireNonNull(title);
		this.titleLower = title.toLowerCase(Locale.ROOT);
		this.answersJson = "{}";
		this.prioritiesJson = "[]";
		this.status = Status.DRAFT;
		this.wizardStep = 1;
		this.revision = 0;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String viewKey() {
		return this.viewKey;
	}

	String ownerKeyHash() {
		return this.ownerKeyHash;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	public Answers answers() {
		return Answers.of(JsonText.stringMap(this.answersJson));
	}

	public List<String> priorities() {
		return JsonText.stringList(this.prioritiesJson);
	}

	/** The assumptions that differ from the catalogue's defaults (empty: none). */
	public Map<String, Double> assumptions() {
		return JsonText.numberMap(this.assumptionsJson);
	}

	/** The cost model's prices and sizes for this assessment: the defaults, as edited. */
	public CostAssumptions costAssumptions() {
		return CostAssumptions.fromMap(assumptions());
	}

	/** The id of the assessment this one is a scenario of, or null. */
	public Long scenarioOf() {
		return this.scenarioOf;
	}

	/** The catalogue it was scored with: {@link Catalogue#BUILT_IN} or a team's. */
	public String catalogueId() {
		return this.catalogueId;
	}

	public String catalogueVersion() {
		return this.catalogueVersion;
	}

	public String recommended() {
		return this.recommended;
	}

	public Double score() {
		return this.score;
	}

	public Double confidence() {
		return this.confidence;
	}

	public Status status() {
		return this.status;
	}

	/** The recorded decision; empty parts until one is taken. */
	public Decision decision() {
		return (this.decision != null) ? this.decision : Decision.NONE;
	}

	/** The statuses the owner may move this assessment to now. */
	public List<Status> nextStatuses() {
		return isComplete() ? this.status.next() : List.of();
	}

	/** The next wizard step to answer, or 0 once the wizard is complete. */
	public int wizardStep() {
		return this.wizardStep;
	}

	public boolean isComplete() {
		return this.wizardStep == 0;
	}

	/** The current revision number; 0 while the wizard is still being filled. */
	public int revision() {
		return this.revision;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The id of the workspace the assessment belongs to, or null. */
	public Long workspaceId() {
		return this.workspaceId;
	}

	/** Puts it into a workspace (null: out of it); no new revision. */
	void placeIn(Long workspaceId) {
		this.workspaceId = workspaceId;
	}

	/**
	 * Saves the answers of one wizard step and moves the draft on to {@code nextStep} (0
	 * once finished). Returns the revision to store when this completes the wizard, else
	 * null.
	 */
	Revision saveWizardStep(Answers answers, int nextStep, Evaluation evaluation, Instant now) {
		apply(answers, priorities(), evaluation, now);
		if (!isComplete()) {
			this.wizardStep = Math.max(this.wizardStep, nextStep);
			if (nextStep == 0) {
				this.wizardStep = 0;
				this.revision = 1;
				return Revision.of(this, now);
			}
		}
		return null;
	}

	/** Sets title, description and priorities (the wizard's last step, the edit page). */
	void describe(String title, String description, List<String> priorities) {
		this.title = Objects.requireNonNull(title);
		this.titleLower = title.toLowerCase(Locale.ROOT);
		this.description = (description == null || description.isBlank()) ? null : description;
		this.prioritiesJson = JsonText.write(List.copyOf(priorities));
	}

	/**
	 * Replaces the answers, priorities and, unless null, the cost assumptions of a
	 * complete assessment. Returns the new revision when something changed, else null
	 * (nothing to store).
	 */
	Revision revise(Answers answers, List<String> priorities, CostAssumptions assumptions, Evaluation evaluation,
			Instant now) {
		if (!isComplete()) {
			throw new IllegalStateException("the wizard is not complete yet");
		}
		boolean changed = !answers.equals(answers()) || !priorities.equals(priorities());
		if (assumptions != null) {
			String before = this.assumptionsJson;
			useAssumptions(assumptions);
			changed |= !Objects.equals(before, this.assumptionsJson);
		}
		this.prioritiesJson = JsonText.write(List.copyOf(priorities));
		apply(answers, priorities, evaluation, now);
		if (!changed) {
			return null;
		}
		this.revision++;
		return Revision.of(this, now);
	}

	private void apply(Answers answers, List<String> priorities, Evaluation evaluation, Instant now) {
		this.answersJson = JsonText.write(answers.asMap());
		this.catalogueId = evaluation.catalogueId();
		this.catalogueVersion = evaluation.catalogueVersion();
		this.recommended = evaluation.recommended();
		this.score = evaluation.ranking().get(0).score();
		this.confidence = evaluation.confidence();
		this.updatedAt = now;
	}

	/**
	 * Moves the assessment through the decision workflow as {@link DecisionWorkflow}
	 * permits; a refused change throws {@link DecisionRefusedException} and changes
	 * nothing. Superseding points at the assessment {@code lookup} finds under the given
	 * view key; accepting checks the architecture against {@code architectures}.
	 */
	void changeStatus(StatusChange change, List<String> architectures, Function<String, Optional<Assessment>> lookup,
			Instant now) {
		DecisionWorkflow.Outcome outcome = DecisionWorkflow.check(this, change, architectures, lookup, now);
		this.status = outcome.status();
		this.decision = outcome.decision();
		this.updatedAt = now;
	}

	/**
	 * Replaces the cost assumptions of a complete assessment (only those that differ from
	 * the defaults are kept). Returns the new revision when they changed, else null.
	 */
	Revision changeAssumptions(CostAssumptions assumptions, Evaluation evaluation, Instant now) {
		if (!isComplete()) {
			throw new IllegalStateException("the wizard is not complete yet");
		}
		String before = this.assumptionsJson;
		useAssumptions(assumptions);
		if (Objects.equals(before, this.assumptionsJson)) {
			return null;
		}
		apply(answers(), priorities(), evaluation, now);
		this.revision++;
		return Revision.of(this, now);
	}

	/** Keeps the assumptions that differ from the defaults, as JSON (null when none). */
	void useAssumptions(CostAssumptions assumptions) {
		Map<String, Object> changed = new LinkedHashMap<>();
		if (assumptions != null) {
			Map<String, Object> all = assumptions.toFullMap();
			assumptions.changedFromDefaults().forEach((name) -> changed.put(name, all.get(name)));
		}
		this.assumptionsJson = changed.isEmpty() ? null : JsonText.write(changed);
	}

	/** Marks this assessment as a scenario of another one. */
	void scenarioOf(Assessment original) {
		this.scenarioOf = original.id();
	}

	/** Forgets the original of this scenario: its report no longer links it. */
	void forgetOriginal(Instant now) {
		if (this.scenarioOf != null) {
			this.scenarioOf = null;
			this.updatedAt = now;
		}
	}

	/**
	 * Takes over the state an archive recorded (see {@link AssessmentArchive}): the
	 * answers as scored now, the wizard step, the revision number, the decision workflow
	 * and the times.
	 */
	void restore(Answers answers, Evaluation evaluation, int wizardStep, int revision, String status, Decision decision,
			Instant createdAt, Instant updatedAt) {
		apply(answers, priorities(), evaluation, updatedAt);
		this.wizardStep = wizardStep;
		this.revision = revision;
		this.status = Status.of(status).orElse(Status.DRAFT);
		this.decision = decision;
		this.createdAt = createdAt;
	}

	/** Points a restored decision at the assessment that replaced this one. */
	void restoreReplacement(String replacementViewKey) {
		this.decision = decision().supersededBy(replacementViewKey);
	}

	void rotateViewKey(String newViewKey, Instant now) {
		this.viewKey = Objects.requireNonNull(newViewKey);
		this.updatedAt = now;
	}

	void rotateOwnerKey(String newOwnerKeyHash, Instant now) {
		this.ownerKeyHash = Objects.requireNonNull(newOwnerKeyHash);
		this.updatedAt = now;
	}

	String answersJson() {
		return this.answersJson;
	}

	String prioritiesJson() {
		return this.prioritiesJson;
	}

	String assumptionsJson() {
		return this.assumptionsJson;
	}

}
