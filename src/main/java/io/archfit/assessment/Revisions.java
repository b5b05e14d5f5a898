package io.archfit.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.AnswerValidator;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.InvalidAnswersException;
import io.archfit.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment's history: its revisions, each scored again with the catalogue version
 * and cost assumptions it was saved with, and what the current catalogue makes of its
 * answers. Revisions are written by {@link Assessments} with every change of answers.
 */
@Service
@Transactional(readOnly = true)
public class Revisions {

	private static final AnswerValidator RESCORE_VALIDATOR = new AnswerValidator();

	private final RevisionRepository revisions;

	private final Engine engine;

	private final Assessments assessments;

	Revisions(RevisionRepository revisions, Engine engine, Assessments assessments) {
		this.revisions = revisions;
		this.engine = engine;
		this.assessments = assessments;
	}

	/** The list of an assessment's revisions, newest first, without their answers. */
	@Transactional(readOnly = true)
	public List<RevisionLine> lines(Assessment assessment) {
		return this.revisions.findLinesByAssessmentId(assessment.id());
	}

	/** The assessment's revisions, newest first. */
	public List<Revision> list(Assessment assessment) {
		return this.revisions.findByAssessmentIdOrderByNumberDesc(assessment.id());
	}

	/** One revision of the assessment; an unknown number is a 404. */
	public Revision one(Assessment assessment, int number) {
		return this.revisions.findByAssessmentIdAndNumber(assessment.id(), number).orElseThrow(NotFoundException::new);
	}

	/**
	 * The evaluation of a revision, scored with the catalogue version and the cost
	 * assumptions it was saved with.
	 */
	public Evaluation evaluationOf(Revision revision) {
		return this.engine.evaluate(revision.catalogueId(), revision.catalogueVersion(), revision.answers(),
				revision.priorities(), revision.costAssumptions());
	}

	/**
	 * What the current catalogue (the workspace's own where it has one) makes of an
	 * assessment's answers, next to what its own catalogue version makes of them. Answers
	 * and priorities the current catalogue no longer knows (or no longer accepts) are
	 * left out and listed, and so are the questions it asks that the assessment's own
	 * catalogue did not.
	 */
	public Rescore rescore(Assessment assessment) {
		Catalogue current = this.assessments.catalogueFor(assessment.workspaceId());
		Map<String, String> kept = new LinkedHashMap<>();
		List<String> droppedAnswers = new ArrayList<>();
		assessment.answers().asMap().forEach((trait, value) -> {
			try {
				kept.putAll(RESCORE_VALIDATOR.parse(current, Map.of(trait, value)).asMap());
			}
			catch (InvalidAnswersException ex) {
				droppedAnswers.add(trait);
			}
		});
		List<String> priorities = assessment.priorities()
			.stream()
			.filter((id) -> current.criterion(id).isPresent())
			.toList();
		List<String> droppedPriorities = assessment.priorities()
			.stream()
			.filter((id) -> current.criterion(id).isEmpty())
			.toList();
		Evaluation stored = this.engine.evaluate(assessment.catalogueId(), assessment.catalogueVersion(),
				assessment.answers(), assessment.priorities(), assessment.costAssumptions());
		Evaluation now = this.engine.evaluate(current, Answers.of(kept), priorities, assessment.costAssumptions());
		Catalogue own = this.engine.catalogueOf(assessment);
		List<String> newQuestions = current.traits()
			.stream()
			.filter((trait) -> !trait.costInput() && own.trait(trait.id()).isEmpty())
			.map(Trait::id)
			.toList();
		return new Rescore(stored, now, droppedAnswers, droppedPriorities, newQuestions);
	}

}
