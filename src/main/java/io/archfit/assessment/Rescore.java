package io.archfit.assessment;

import java.util.List;

import io.archfit.evaluation.Evaluation;

/**
 * An assessment scored with its own catalogue version ({@code stored}) and with the
 * current one ({@code current}), and what the current catalogue could not take over.
 *
 * @param stored the evaluation with the catalogue version the assessment was saved with
 * @param current the evaluation with the current catalogue
 * @param droppedAnswers the traits whose answers the current catalogue no longer accepts
 * @param droppedPriorities the priorities the current catalogue no longer knows
 * @param newQuestions the questions the current catalogue asks that the assessment's own
 * catalogue did not, so its answers leave them open
 */
public record Rescore(Evaluation stored, Evaluation current, List<String> droppedAnswers,
		List<String> droppedPriorities, List<String> newQuestions) {

	/** Whether the current catalogue is the one the assessment was scored with. */
	public boolean sameCatalogue() {
		return this.stored.catalogueId().equals(this.current.catalogueId())
				&& this.stored.catalogueVersion().equals(this.current.catalogueVersion());
	}

}
