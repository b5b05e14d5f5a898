package io.archfit.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.evaluation.Evaluation;

/**
 * The JSON export of an assessment, schema version {@value ImportParser#SCHEMA_VERSION}:
 * what an import reads back (title, description, answers, priorities, assumptions) and,
 * for information, the revision, catalogue version, status and recommendation.
 */
record JsonExport(int schemaVersion, Instant exportedAt, String title, String description, Map<String, String> answers,
		List<String> priorities, Map<String, Double> assumptions, int revision, String catalogueVersion, String status,
		String recommended, DecisionJson decision, List<CommentJson> comments, List<VoteJson> votes) {

	/** The recorded decision, for information; an import does not restore it. */
	record DecisionJson(String architecture, String rationale, String deciders, Instant decidedAt,
			String supersededBy) {

	}

	/** A visible comment, for information. */
	record CommentJson(String author, String body, Instant createdAt) {

	}

	/** A vote: the voter's name and the architecture, or {@code recommended}. */
	record VoteJson(String voter, String architecture) {

	}

	static JsonExport of(Assessment assessment, Evaluation evaluation, List<CommentJson> comments, List<VoteJson> votes,
			Instant now) {
		io.archfit.assessment.Decision d = assessment.decision();
		DecisionJson decision = (d != null && d.isRecorded())
				? new DecisionJson(d.architecture(), d.rationale(), d.deciders(), d.decidedAt(), d.supersededBy())
				: null;
		Map<String, Double> assumptions = assessment.assumptions();
		return new JsonExport(ImportParser.SCHEMA_VERSION, now, assessment.title(), assessment.description(),
				assessment.answers().asMap(), assessment.priorities(), (assumptions != null) ? assumptions : Map.of(),
				assessment.revision(), assessment.catalogueVersion(), assessment.status().id(),
				evaluation.recommended(), decision, comments, votes);
	}

}
