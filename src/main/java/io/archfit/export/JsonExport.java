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
		String recommended) {

	static JsonExport of(Assessment assessment, Evaluation evaluation, Instant now) {
		Map<String, Double> assumptions = assessment.assumptions();
		return new JsonExport(ImportParser.SCHEMA_VERSION, now, assessment.title(), assessment.description(),
				assessment.answers().asMap(), assessment.priorities(), (assumptions != null) ? assumptions : Map.of(),
				assessment.revision(), assessment.catalogueVersion(), assessment.status(), evaluation.recommended());
	}

}
