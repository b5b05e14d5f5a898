package io.archfit.assessment.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Revision;
import io.archfit.assessment.Revisions;
import io.archfit.evaluation.Evaluation;
import io.archfit.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The revisions of a saved assessment: every change of answers or priorities, kept as it
 * was saved.
 */
@RestController
@Tag(name = "Assessments")
class RevisionApi {

	private final Assessments assessments;

	private final Revisions revisions;

	RevisionApi(Assessments assessments, Revisions revisions) {
		this.assessments = assessments;
		this.revisions = revisions;
	}

	/** One revision in the list, newest first. */
	record RevisionItem(int number, Instant createdAt, String catalogueVersion, String recommended, Double score) {

	}

	/** An architecture's score at the revision. */
	record RankedJson(String architecture, double score, boolean viable) {

	}

	/** The evaluation of a revision, in short, scored with the revision's catalogue. */
	record Summary(String recommended, double confidence, List<RankedJson> ranking, List<String> unanswered) {

	}

	/** A revision: its answers, priorities, catalogue version and evaluation summary. */
	record RevisionJson(int number, int of, Instant createdAt, String catalogueVersion, Map<String, String> answers,
			List<String> priorities, Summary evaluation) {

	}

	@Operation(summary = "List the revisions of an assessment", description = "Newest first.")
	@GetMapping(path = "/api/v1/assessments/{viewKey}/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
	List<RevisionItem> revisions(@PathVariable String viewKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		return this.revisions.lines(assessment)
			.stream()
			.map((r) -> new RevisionItem(r.number(), r.createdAt(), r.catalogueVersion(), r.recommended(),
					(r.score() != null) ? round(r.score()) : null))
			.toList();
	}

	@Operation(summary = "Read one revision",
			description = "Its answers, priorities and catalogue version, and its evaluation with that catalogue.")
	@GetMapping(path = "/api/v1/assessments/{viewKey}/revisions/{n}", produces = MediaType.APPLICATION_JSON_VALUE)
	RevisionJson revision(@PathVariable String viewKey, @PathVariable String n) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!n.matches("[0-9]{1,9}")) {
			throw new NotFoundException();
		}
		Revision revision = this.revisions.one(assessment, Integer.parseInt(n));
		Evaluation evaluation = this.revisions.evaluationOf(revision);
		Summary summary = new Summary(evaluation.recommended(), Math.round(evaluation.confidence() * 1000) / 1000.0,
				evaluation.ranking()
					.stream()
					.map((r) -> new RankedJson(r.architecture(), round(r.score()), r.viable()))
					.toList(),
				evaluation.unanswered());
		return new RevisionJson(revision.number(), assessment.revision(), revision.createdAt(),
				revision.catalogueVersion(), revision.answers().asMap(), revision.priorities(), summary);
	}

	private static double round(double score) {
		return Math.round(score * 10) / 10.0;
	}

}
