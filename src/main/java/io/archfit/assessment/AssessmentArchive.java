package io.archfit.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.Evaluation;
import io.archfit.system.AccessKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments as a workspace archive carries them from one installation to another: read
 * out with their revisions, and restored with new keys, their revisions, decision
 * workflow and times as recorded. Every stored score is computed again here, so it
 * matches its answers and catalogue version whatever the archive says.
 */
@Service
@Transactional
public class AssessmentArchive {

	private final AssessmentRepository assessments;

	private final RevisionRepository revisions;

	private final Engine engine;

	private final Counter created;

	AssessmentArchive(AssessmentRepository assessments, RevisionRepository revisions, Engine engine,
			MeterRegistry meters) {
		this.assessments = assessments;
		this.revisions = revisions;
		this.engine = engine;
		this.created = Counter.builder("archfit.new.assessments").register(meters);
	}

	/** A recorded decision: every part may be absent. */
	public record RecordedDecision(String architecture, String rationale, String deciders, Instant decidedAt) {

	}

	/**
	 * A recorded revision; {@code catalogueId} is {@link Catalogue#BUILT_IN} or the key
	 * of a team catalogue in the archive.
	 */
	public record RecordedRevision(int number, String catalogueId, String catalogueVersion, Answers answers,
			List<String> priorities, CostAssumptions assumptions, Instant createdAt) {

	}

	/**
	 * A recorded assessment, already checked: {@code wizardStep} 0 for a complete one,
	 * else the next step of a draft; revisions oldest first; {@code catalogueId} as in
	 * {@link RecordedRevision}.
	 */
	public record Recorded(String title, String description, String catalogueId, String catalogueVersion,
			Answers answers, List<String> priorities, CostAssumptions assumptions, int wizardStep, String status,
			RecordedDecision decision, Instant createdAt, Instant updatedAt, List<RecordedRevision> revisions) {

	}

	/** The assessments of a workspace, oldest first. */
	@Transactional(readOnly = true)
	public List<Assessment> inWorkspace(long workspaceId) {
		return this.assessments.findByWorkspaceIdOrderByIdAsc(workspaceId);
	}

	/** The revisions of an assessment, oldest first. */
	@Transactional(readOnly = true)
	public List<Revision> revisions(Assessment assessment) {
		List<Revision> oldestFirst = new ArrayList<>(
				this.revisions.findByAssessmentIdOrderByNumberDesc(assessment.id()));
		Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/**
	 * Creates the recorded assessment with new keys in the workspace; a complete one
	 * without revisions gets one of its current state. Team catalogues are found by the
	 * id {@code catalogueIds} gives their key in the archive.
	 */
	public Assessments.Owned restore(Recorded recorded, long workspaceId, Map<String, String> catalogueIds) {
		String ownerKey = AccessKeys.newKey();
		Assessment assessment = new Assessment(AccessKeys.newKey(), AccessKeys.hash(ownerKey), recorded.title(),
				recorded.createdAt());
		assessment.placeIn(workspaceId);
		assessment.describe(recorded.title(), recorded.description(), recorded.priorities());
		assessment.useAssumptions(recorded.assumptions());
		Evaluation evaluation = this.engine.evaluate(
				catalogueIds.getOrDefault(recorded.catalogueId(), recorded.catalogueId()), recorded.catalogueVersion(),
				recorded.answers(), recorded.priorities(), recorded.assumptions());
		int revision = recorded.revisions().stream().mapToInt(RecordedRevision::number).max().orElse(0);
		boolean complete = recorded.wizardStep() == 0;
		if (complete && revision == 0) {
			revision = 1;
		}
		RecordedDecision d = recorded.decision();
		Decision decision = (d != null)
				? new Decision(d.architecture(), d.rationale(), d.deciders(), d.decidedAt(), null) : null;
		assessment.restore(recorded.answers(), evaluation, recorded.wizardStep(), complete ? revision : 0,
				recorded.status(), decision, recorded.createdAt(), recorded.updatedAt());
		assessment = this.assessments.save(assessment);
		if (complete && recorded.revisions().isEmpty()) {
			this.revisions.save(Revision.of(assessment, recorded.updatedAt()));
		}
		for (RecordedRevision recordedRevision : recorded.revisions()) {
			Evaluation scored = this.engine.evaluate(
					catalogueIds.getOrDefault(recordedRevision.catalogueId(), recordedRevision.catalogueId()),
					recordedRevision.catalogueVersion(), recordedRevision.answers(), recordedRevision.priorities(),
					recordedRevision.assumptions());
			this.revisions.save(Revision.restored(assessment, recordedRevision.number(), recordedRevision.answers(),
					recordedRevision.priorities(), recordedRevision.assumptions(), scored,
					recordedRevision.createdAt()));
		}
		this.created.increment();
		return new Assessments.Owned(assessment, ownerKey);
	}

	/** Records that {@code replaced} was superseded by {@code replacement}. */
	public void supersede(Assessment replaced, Assessment replacement) {
		Assessment stored = this.assessments.findById(replaced.id()).orElseThrow();
		stored.restoreReplacement(replacement.viewKey());
		this.assessments.save(stored);
	}

}
