package io.archfit.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A workspace archive, schema version {@value #SCHEMA_VERSION}: the workspace's name, the
 * team catalogues its assessments were scored with (its own, with every published version
 * and the draft, and any other a moved-in assessment used), and every assessment with its
 * revisions, comments (hidden ones marked), votes, decision and status, to move a team to
 * another installation. It carries no keys: an import issues new ones for everything. A
 * superseded decision names the assessment that replaced it by its position in
 * {@code assessments}, when that one is in the archive too. Version 1 (the same without
 * team catalogues) is still read.
 */
record WorkspaceArchive(int schemaVersion, Instant exportedAt, String name, List<CatalogueEntry> catalogues,
		List<AssessmentEntry> assessments) {

	static final int SCHEMA_VERSION = 2;

	/**
	 * What an assessment or revision names as its catalogue when it is the built-in one.
	 */
	static final String BUILT_IN = "built-in";

	/** The key of the workspace's own catalogue. */
	static final String OWN = "workspace";

	/**
	 * A team catalogue: {@value #OWN} for the workspace's own, another key for one a
	 * moved-in assessment was scored with; its versions as published, and (the
	 * workspace's own only) the draft document as its owner left it, or null.
	 */
	record CatalogueEntry(String key, List<VersionEntry> versions, JsonNode draft) {

	}

	/** A published version: its number, when, and its document. */
	record VersionEntry(int number, Instant publishedAt, JsonNode document) {

	}

	/**
	 * One assessment; {@code wizardStep} 0 once complete, else the next step;
	 * {@code catalogue} {@value #BUILT_IN} or the key of a catalogue in
	 * {@code catalogues}.
	 */
	record AssessmentEntry(String title, String description, String catalogue, String catalogueVersion, int wizardStep,
			String status, String recommended, Map<String, String> answers, List<String> priorities,
			Map<String, Double> assumptions, DecisionEntry decision, Instant createdAt, Instant updatedAt,
			List<RevisionEntry> revisions, List<CommentEntry> comments, List<VoteEntry> votes) {

	}

	/** The decision; {@code supersededBy} the position of the replacing assessment. */
	record DecisionEntry(String architecture, String rationale, String deciders, Instant decidedAt,
			Integer supersededBy) {

	}

	record RevisionEntry(int number, String catalogue, String catalogueVersion, Map<String, String> answers,
			List<String> priorities, Map<String, Double> assumptions, String recommended, Instant createdAt) {

	}

	record CommentEntry(String author, String body, boolean hidden, Instant createdAt) {

	}

	/** A vote: an architecture id, or {@code recommended}. */
	record VoteEntry(String voter, String architecture, Instant createdAt, Instant updatedAt) {

	}

}
