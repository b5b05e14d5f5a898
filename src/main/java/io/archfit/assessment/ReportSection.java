package io.archfit.assessment;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.archfit.evaluation.Evaluation;

/**
 * A part of the report page contributed by another module (comments, votes, decision,
 * cost…), so that modules downstream of assessments can add to the report without the
 * report depending on them. Each section names a Thymeleaf fragment and fills the model
 * it needs.
 */
public interface ReportSection {

	/** Where on the report the section goes. */
	enum Slot {

		/** Right after the recommendation (e.g. the recorded decision). */
		AFTER_RECOMMENDATION,
		/** Right after the ranking (e.g. the vote tally, the cost estimate). */
		AFTER_RANKING,
		/** At the end of the report (e.g. comments). */
		END

	}

	Slot slot();

	/** Orders sections within a slot, lowest first. */
	default int order() {
		return 0;
	}

	/**
	 * The fragment to render, as {@code template :: fragment}, e.g.
	 * {@code review/report :: votes}.
	 */
	String fragment();

	/**
	 * The {@code ?done=} codes this module's actions redirect back to the report with;
	 * the report confirms each with the message {@code report.done.<code>}.
	 */
	default Set<String> confirmations() {
		return Set.of();
	}

	/**
	 * The section's entry in the report's contents: its anchor and the message key of its
	 * name; null for a part that is not listed (a notice, a row of links).
	 */
	default Contents contents() {
		return null;
	}

	/**
	 * An entry of the report's contents.
	 *
	 * @param anchor the id of the section's element
	 * @param titleKey the message key of its name
	 */
	record Contents(String anchor, String titleKey) {

	}

	/** Adds what the fragment needs to the model. */
	void contribute(Context context, Map<String, Object> model);

	/**
	 * What a section may use: the assessment, its evaluation, and — under the owner link
	 * — the owner key.
	 *
	 * @param assessment the assessment shown
	 * @param evaluation its evaluation
	 * @param ownerKey the owner key when shown under the owner link, else null
	 * @param inputs what the evaluation, and every part of the report that follows from
	 * it alone, is made of
	 * @param contextPath the application's context path ("" at the root), for links a
	 * section makes itself, in parts rendered without the request
	 */
	record Context(Assessment assessment, Evaluation evaluation, String ownerKey, Inputs inputs, String contextPath) {

		public Context(Assessment assessment, Evaluation evaluation, String ownerKey, String contextPath) {
			this(assessment, evaluation, ownerKey, Inputs.of(assessment), contextPath);
		}

		public boolean owner() {
			return this.ownerKey != null;
		}

	}

	/**
	 * Everything an evaluation is made of: two assessments or revisions with equal inputs
	 * have equal evaluations, so the parts of a report that follow from it alone may be
	 * rendered once for both.
	 */
	record Inputs(String catalogueId, String catalogueVersion, Map<String, String> answers, List<String> priorities,
			Map<String, Double> assumptions) {

		public Inputs {
			answers = Collections.unmodifiableMap(new HashMap<>(answers));
			priorities = (priorities != null) ? List.copyOf(priorities) : List.of();
			assumptions = (assumptions != null) ? Collections.unmodifiableMap(new HashMap<>(assumptions)) : Map.of();
		}

		public static Inputs of(Assessment assessment) {
			return new Inputs(assessment.catalogueId(), assessment.catalogueVersion(), assessment.answers().asMap(),
					assessment.priorities(), assessment.assumptions());
		}

		public static Inputs of(Revision revision) {
			return new Inputs(revision.catalogueId(), revision.catalogueVersion(), revision.answers().asMap(),
					revision.priorities(), revision.assumptions());
		}

	}

}
