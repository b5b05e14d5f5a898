package io.archfit.assessment;

/**
 * What an event tells about the assessment it happened to, as it was at that moment: its
 * id and workspace (to find who wants to hear of it), its view key (for links), title,
 * current recommendation and status. Never an owner key.
 *
 * @param id the assessment's id
 * @param workspaceId the workspace it belongs to, or null
 * @param viewKey its view key
 * @param title its title
 * @param recommended the recommended architecture's id (null while a draft has none)
 * @param status its status ({@code draft}, {@code in-review}, …)
 */
public record AssessmentSnapshot(long id, Long workspaceId, String viewKey, String title, String recommended,
		String status) {

	public static AssessmentSnapshot of(Assessment assessment) {
		return new AssessmentSnapshot(assessment.id(), assessment.workspaceId(), assessment.viewKey(),
				assessment.title(), assessment.recommended(), assessment.status().id());
	}

}
