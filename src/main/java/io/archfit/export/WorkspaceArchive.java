package io.archfit.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A workspace archive, schema version {@value #SCHEMA_VERSION}: the workspace's name and
 * every assessment in it with its revisions, comments (hidden ones marked), votes,
 * decision and status, to move a team to another installation. It carries no keys: an
 * import issues new ones for everything. A superseded decision names the assessment that
 * replaced it by its position in {@code assessments}, when that one is in the archive
 * too.
 */
record WorkspaceArchive(int schemaVersion, Instant exportedAt, String name, List<AssessmentEntry> assessments) {

	static final int SCHEMA_VERSION = 1;

	/** One assessment; {@code wizardStep} 0 once complete, else the next step. */
	record AssessmentEntry(String title, String description, String catalogueVersion, int wizardStep, String status,
			String recommended, Map<String, String> answers, List<String> priorities, Map<String, Double> assumptions,
			DecisionEntry decision, Instant createdAt, Instant updatedAt, List<RevisionEntry> revisions,
			List<CommentEntry> comments, List<VoteEntry> votes) {

	}

	/** The decision; {@code supersededBy} the position of the replacing assessment. */
	record DecisionEntry(String architecture, String rationale, String deciders, Instant decidedAt,
			Integer supersededBy) {

	}

	record RevisionEntry(int number, String catalogueVersion, Map<String, String> answers, List<String> priorities,
			Map<String, Double> assumptions, String recommended, Instant createdAt) {

	}

	record CommentEntry(String author, String body, boolean hidden, Instant createdAt) {

	}

	/** A vote: an architecture id, or {@code recommended}. */
	record VoteEntry(String voter, String architecture, Instant createdAt, Instant updatedAt) {

	}

}
