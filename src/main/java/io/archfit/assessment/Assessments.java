package io.archfit.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import io.archfit.system.AccessKeys;
import io.archfit.system.NotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What can be done with assessments through their links: start and fill the wizard,
 * create one in a single call, revise, rotate links and delete. Scores are computed here,
 * so every stored recommendation matches its answers and catalogue version. Each change
 * of answers writes a revision; {@link Revisions} reads them back. Every change others
 * may want to hear of is published as an {@link AssessmentEvent} in the transaction that
 * makes it.
 */
@Service
@Transactional
public class Assessments {

	private final AssessmentRepository assessments;

	private final RevisionRepository revisions;

	private final Engine engine;

	private final Clock clock;

	private final ObjectProvider<WorkspaceLookup> workspaces;

	private final Announcements events;

	private final Counter created;

	Assessments(AssessmentRepository assessments, RevisionRepository revisions, Engine engine,
			ObjectProvider<WorkspaceLookup> workspaces, Announcements events, Clock clock, MeterRegistry meters) {
		this.assessments = assessments;
		this.revisions = revisions;
		this.engine = engine;
		this.workspaces = workspaces;
		this.events = events;
		this.clock = clock;
		this.created = Counter.builder("archfit.new.assessments")
			.description("Assessments created: drafts of the wizard, through the API, imports and scenarios")
			.register(meters);
	}

	/**
	 * An assessment and the owner key that was just issued for it (shown once, never
	 * stored).
	 */
	public record Owned(Assessment assessment, String ownerKey) {

	}

	/**
	 * Saves the wizard's first step as a draft, reachable from now on through its owner
	 * link.
	 */
	public Owned startDraft(String title, Answers answers) {
		return startDraft(title, answers, null);
	}

	/**
	 * Saves the wizard's first step as a draft in a workspace (null: in none); see
	 * {@link #findWorkspace(String)}.
	 */
	public Owned startDraft(String title, Answers answers, Long workspaceId) {
		String ownerKey = AccessKeys.newKey();
		Assessment assessment = new Assessment(AccessKeys.newKey(), AccessKeys.hash(ownerKey), title, now());
		assessment.placeIn(workspaceId);
		assessment.saveWizardStep(answers, 2, evaluate(workspaceId, answers, List.of(), null), now());
		Owned owned = new Owned(this.assessments.save(assessment), ownerKey);
		this.created.increment();
		return owned;
	}

	/** Creates a complete assessment at once (the API's way), as revision 1. */
	public Owned create(String title, String description, Answers answers, List<String> priorities) {
		return create(title, description, answers, priorities, null, null, null);
	}

	/**
	 * Creates a complete assessment at once with its own cost assumptions (null: the
	 * defaults) in a workspace (null: in none), as revision 1.
	 */
	public Owned create(String title, String description, Answers answers, List<String> priorities,
			CostAssumptions assumptions, Long workspaceId) {
		return create(title, description, answers, priorities, assumptions, null, workspaceId);
	}

	/**
	 * Saves a what-if variant of an assessment as a new assessment with its own links,
	 * marked as a scenario of the original. It belongs to no workspace: a view link gives
	 * no right to add to the original's workspace (its owner can move it in).
	 */
	public Owned createScenario(Assessment original, String title, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		return create(title, original.description(), answers, priorities, assumptions, original, null);
	}

	private Owned create(String title, String description, Answers answers, List<String> priorities,
			CostAssumptions assumptions, Assessment original, Long workspaceId) {
		String ownerKey = AccessKeys.newKey();
		Assessment assessment = new Assessment(AccessKeys.newKey(), AccessKeys.hash(ownerKey), title, now());
		assessment.placeIn(workspaceId);
		assessment.describe(title, description, priorities);
		assessment.useAssumptions(assumptions);
		if (original != null) {
			assessment.scenarioOf(original);
		}
		Revision first = assessment.saveWizardStep(answers, 0, evaluate(workspaceId, answers, priorities, assumptions),
				now());
		assessment = this.assessments.save(assessment);
		first.belongsTo(assessment.id());
		this.revisions.save(first);
		this.events.revised(assessment, first, null);
		this.created.increment();
		return new Owned(assessment, ownerKey);
	}

	/** The original of a scenario, if it still exists. */
	@Transactional(readOnly = true)
	public Optional<Assessment> originalOf(Assessment scenario) {
		return (scenario.scenarioOf() != null) ? this.assessments.findById(scenario.scenarioOf()) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Assessment byViewKey(String viewKey) {
		return findByViewKey(viewKey).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> findByViewKey(String viewKey) {
		return AccessKeys.isWellFormed(viewKey) ? this.assessments.findByViewKey(viewKey) : Optional.empty();
	}

	@Transactional(readOnly = true)
	public Assessment byOwnerKey(String ownerKey) {
		return findByOwnerKey(ownerKey).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public Optional<Assessment> findByOwnerKey(String ownerKey) {
		return AccessKeys.isWellFormed(ownerKey) ? this.assessments.findByOwnerKeyHash(AccessKeys.hash(ownerKey))
				: Optional.empty();
	}

	/**
	 * The assessments behind these owner keys that still exist, in one query: owner key
	 * to assessment, in the order of the keys given.
	 */
	@Transactional(readOnly = true)
	public Map<String, Assessment> byOwnerKeys(Collection<String> ownerKeys) {
		Map<String, String> keyByHash = new LinkedHashMap<>();
		ownerKeys.stream().filter(AccessKeys::isWellFormed).forEach((key) -> keyByHash.put(AccessKeys.hash(key), key));
		if (keyByHash.isEmpty()) {
			return Map.of();
		}
		Map<String, Assessment> byHash = new HashMap<>();
		this.assessments.findByOwnerKeyHashIn(keyByHash.keySet()).forEach((a) -> byHash.put(a.ownerKeyHash(), a));
		Map<String, Assessment> found = new LinkedHashMap<>();
		keyByHash.forEach((hash, key) -> {
			if (byHash.containsKey(hash)) {
				found.put(key, byHash.get(hash));
			}
		});
		return found;
	}

	/**
	 * Stores the answers of one wizard step (already merged with the earlier ones) and
	 * moves on to {@code nextStep}; 0 completes the wizard and writes revision 1. On a
	 * complete assessment the change becomes a new revision instead.
	 */
	public Assessment saveWizardStep(String ownerKey, long expectedVersion, Answers answers, int nextStep) {
		Assessment assessment = ownedForUpdate(ownerKey, expectedVersion);
		String before = assessment.recommended();
		Evaluation evaluation = evaluate(assessment.workspaceId(), answers, assessment.priorities(),
				assessment.costAssumptions());
		Revision revision = assessment.isComplete()
				? assessment.revise(answers, assessment.priorities(), null, evaluation, now())
				: assessment.saveWizardStep(answers, nextStep, evaluation, now());
		return storeWith(assessment, revision, before);
	}

	/**
	 * The wizard's last step: title, description and priorities; completes the wizard.
	 */
	public Assessment finishWizard(String ownerKey, long expectedVersion, String title, String description,
			List<String> priorities) {
		Assessment assessment = ownedForUpdate(ownerKey, expectedVersion);
		String before = assessment.recommended();
		Evaluation evaluation = evaluate(assessment.workspaceId(), assessment.answers(), priorities,
				assessment.costAssumptions());
		Revision revision;
		if (assessment.isComplete()) {
			revision = assessment.revise(assessment.answers(), priorities, null, evaluation, now());
			assessment.describe(title, description, priorities);
		}
		else {
			assessment.describe(title, description, priorities);
			revision = assessment.saveWizardStep(assessment.answers(), 0, evaluation, now());
		}
		return storeWith(assessment, revision, before);
	}

	/**
	 * Replaces answers and priorities of a complete assessment: a new revision if they
	 * changed.
	 */
	public Assessment revise(String ownerKey, long expectedVersion, Answers answers, List<String> priorities) {
		return revise(ownerKey, expectedVersion, answers, priorities, null);
	}

	/**
	 * Replaces answers, priorities and, unless null, the cost assumptions of an
	 * assessment: a new revision if they changed.
	 */
	public Assessment revise(String ownerKey, long expectedVersion, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		Assessment assessment = ownedForUpdate(ownerKey, expectedVersion);
		String before = assessment.recommended();
		CostAssumptions prices = (assumptions != null) ? assumptions : assessment.costAssumptions();
		Revision revision;
		if (!assessment.isComplete()) {
			assessment.useAssumptions(prices);
			revision = assessment.saveWizardStep(answers, 0,
					evaluate(assessment.workspaceId(), answers, priorities, prices), now());
			assessment.describe(assessment.title(), assessment.description(), priorities);
		}
		else {
			revision = assessment.revise(answers, priorities, assumptions,
					evaluate(assessment.workspaceId(), answers, priorities, prices), now());
		}
		return storeWith(assessment, revision, before);
	}

	/**
	 * Replaces the cost assumptions of a complete assessment: a new revision if they
	 * changed.
	 */
	public Assessment changeAssumptions(String ownerKey, long expectedVersion, CostAssumptions assumptions) {
		Assessment assessment = ownedForUpdate(ownerKey, expectedVersion);
		String before = assessment.recommended();
		return storeWith(assessment, assessment.changeAssumptions(assumptions,
				evaluate(assessment.workspaceId(), assessment.answers(), assessment.priorities(), assumptions), now()),
				before);
	}

	/**
	 * Issues a new view key; the old view link answers 404 from now on. Scenarios saved
	 * from this assessment forget it, so that none of them leads a holder of the old view
	 * link to the new one.
	 */
	public Assessment rotateViewKey(String ownerKey) {
		Assessment assessment = byOwnerKey(ownerKey);
		Instant now = now();
		assessment.rotateViewKey(AccessKeys.newKey(), now);
		for (Assessment scenario : this.assessments.findByScenarioOf(assessment.id())) {
			scenario.forgetOriginal(now);
		}
		return this.assessments.saveAndFlush(assessment);
	}

	/** Issues a new owner key; the old owner link answers 404 from now on. */
	public Owned rotateOwnerKey(String ownerKey) {
		Assessment assessment = byOwnerKey(ownerKey);
		String newOwnerKey = AccessKeys.newKey();
		assessment.rotateOwnerKey(AccessKeys.hash(newOwnerKey), now());
		return new Owned(this.assessments.saveAndFlush(assessment), newOwnerKey);
	}

	/**
	 * Moves the assessment through the decision workflow (see
	 * {@link Assessment#changeStatus}); a refused change throws
	 * {@link DecisionRefusedException} and saves nothing.
	 */
	public Assessment changeStatus(String ownerKey, StatusChange change) {
		Assessment assessment = byOwnerKey(ownerKey);
		String from = assessment.status().id();
		List<String> architectures = this.engine.catalogueOf(assessment).architectures();
		assessment.changeStatus(change, architectures, this::findByViewKey, now());
		Assessment saved = this.assessments.saveAndFlush(assessment);
		this.events.statusChanged(saved, from);
		return saved;
	}

	/**
	 * The workspace behind a workspace owner key: creating an assessment in a workspace,
	 * or moving one in, needs the workspace's owner key. Empty for an unknown key.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findWorkspace(String workspaceOwnerKey) {
		WorkspaceLookup lookup = this.workspaces.getIfAvailable();
		return (lookup != null) ? lookup.ownedWorkspace(workspaceOwnerKey) : Optional.empty();
	}

	/**
	 * Moves the assessment behind its owner key into a workspace (see
	 * {@link #findWorkspace(String)}); an unknown owner key is a 404.
	 */
	public Assessment placeInWorkspace(String ownerKey, long workspaceId) {
		Assessment assessment = byOwnerKey(ownerKey);
		assessment.placeIn(workspaceId);
		return this.assessments.saveAndFlush(assessment);
	}

	public void delete(String ownerKey) {
		this.assessments.delete(byOwnerKey(ownerKey));
	}

	/**
	 * The current evaluation of a stored assessment, with the catalogue version it was
	 * saved with.
	 */
	@Transactional(readOnly = true)
	public Evaluation evaluationOf(Assessment assessment) {
		return this.engine.evaluate(assessment.catalogueId(), assessment.catalogueVersion(), assessment.answers(),
				assessment.priorities(), assessment.costAssumptions());
	}

	private Assessment ownedForUpdate(String ownerKey, long expectedVersion) {
		Assessment assessment = byOwnerKey(ownerKey);
		if (assessment.version() != expectedVersion) {
			throw new ChangedMeanwhileException(assessment);
		}
		return assessment;
	}

	/**
	 * Writes the assessment first, so that a concurrent change fails on its version (409)
	 * before any revision is written, then the revision that goes with it.
	 */
	private Assessment storeWith(Assessment assessment, Revision revision, String recommendedBefore) {
		Assessment saved = this.assessments.saveAndFlush(assessment);
		store(revision);
		this.events.revised(saved, revision, recommendedBefore);
		return saved;
	}

	private void store(Revision revision) {
		if (revision != null) {
			this.revisions.save(revision);
		}
	}

	/**
	 * The catalogue new answers in a workspace (null: in none) are validated and scored
	 * with: the latest published version of the workspace's own catalogue, else the
	 * current built-in one.
	 */
	@Transactional(readOnly = true)
	public Catalogue catalogueFor(Long workspaceId) {
		WorkspaceLookup lookup = (workspaceId != null) ? this.workspaces.getIfAvailable() : null;
		return ((lookup != null) ? lookup.catalogueOf(workspaceId) : Optional.<Catalogue>empty())
			.orElseGet(this.engine::catalogue);
	}

	/**
	 * The workspace behind a workspace view key, for reading with its catalogue. Empty
	 * for an unknown key.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> findViewedWorkspace(String workspaceViewKey) {
		WorkspaceLookup lookup = this.workspaces.getIfAvailable();
		return (lookup != null) ? lookup.viewedWorkspace(workspaceViewKey) : Optional.empty();
	}

	private Evaluation evaluate(Long workspaceId, Answers answers, List<String> priorities,
			CostAssumptions assumptions) {
		return this.engine.evaluate(catalogueFor(workspaceId), answers, priorities, assumptions);
	}

	private Instant now() {
		return this.clock.instant();
	}

}
