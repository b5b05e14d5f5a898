package io.archfit.workspace;

import java.time.Instant;

/**
 * One line of a workspace's list: what the list shows of an assessment, read without its
 * answers.
 *
 * @param viewKey the assessment's view key (the list links to its report)
 * @param title its title
 * @param status its status ({@code draft}, {@code in-review}, …)
 * @param recommended the recommended architecture, or null
 * @param score the recommended architecture's score, or null
 * @param wizardStep the next wizard step to answer, 0 once complete
 * @param updatedAt the time of its last change
 * @param decided the architecture the team accepted, or null
 * @param votes how many reviewers voted
 */
public record AssessmentRow(String viewKey, String title, String status, String recommended, Double score,
		int wizardStep, Instant updatedAt, String decided, int votes) {

	public boolean complete() {
		return this.wizardStep == 0;
	}

	/** The score rounded for display, or null. */
	public Long roundedScore() {
		return (this.score != null) ? Math.round(this.score) : null;
	}

}
