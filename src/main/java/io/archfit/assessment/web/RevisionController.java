package io.archfit.assessment.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.assessment.ReportSection;
import io.archfit.assessment.Rescore;
import io.archfit.assessment.Revision;
import io.archfit.assessment.Revisions;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Evaluation;
import io.archfit.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The report at an earlier revision (read-only), two revisions compared, and what the
 * current catalogue would change. All under the view link.
 */
@Controller
class RevisionController {

	private final Assessments assessments;

	private final Revisions revisions;

	private final Engine engine;

	private final ReportAnalysis analysis;

	private final ReportPreviews previews;

	RevisionController(Assessments assessments, Revisions revisions, Engine engine, ReportAnalysis analysis,
			ReportPreviews previews) {
		this.previews = previews;
		this.assessments = assessments;
		this.revisions = revisions;
		this.engine = engine;
		this.analysis = analysis;
	}

	/** Which revision a page shows: number, of how many, when saved, which catalogue. */
	public record RevisionLabel(int number, int of, OffsetDateTime savedAt, String catalogueVersion) {

		public boolean latest() {
			return this.number == this.of;
		}

	}

	@GetMapping("/a/{viewKey}/revisions/{n}")
	String revision(@PathVariable String viewKey, @PathVariable String n, Model model, Locale locale) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		Revision revision = this.revisions.one(assessment, number(n, true));
		Catalogue catalogue = this.engine.catalogueOf(revision);
		Evaluation evaluation = this.revisions.evaluationOf(revision);
		model.addAttribute("assessment", assessment);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("analysis",
				this.analysis.of(ReportSection.Inputs.of(revision), locale, catalogue, revision::answers, evaluation));
		model.addAttribute("owner", false);
		model.addAttribute("atRevision", label(assessment, revision));
		model.addAttribute("slots", Map.of(ReportSection.Slot.AFTER_RECOMMENDATION.name(), List.of(),
				ReportSection.Slot.AFTER_RANKING.name(), List.of(), ReportSection.Slot.END.name(), List.of()));
		model.addAttribute("contents", this.analysis.contents(ReportContents.of(evaluation, Map.of()), locale));
		model.addAttribute("linkPreview", this.previews.of(assessment.title(), evaluation, locale));
		return "assessment/report";
	}

	@GetMapping("/a/{viewKey}/revisions/compare")
	String compare(@PathVariable String viewKey, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		Revision older = this.revisions.one(assessment, number(from, false));
		Revision newer = this.revisions.one(assessment, number(to, false));
		Evaluation before = this.revisions.evaluationOf(older);
		Evaluation after = this.revisions.evaluationOf(newer);
		Catalogue catalogue = this.engine.catalogueOf(newer);
		model.addAttribute("assessment", assessment);
		model.addAttribute("from", label(assessment, older));
		model.addAttribute("to", label(assessment, newer));
		model.addAttribute("moves", ScoreMoves.between(catalogue, older.answers(), older.priorities(), before,
				newer.answers(), newer.priorities(), after));
		return "assessment/revision-compare";
	}

	@GetMapping("/a/{viewKey}/rescore")
	String rescore(@PathVariable String viewKey, Model model) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!assessment.isComplete()) {
			throw new NotFoundException();
		}
		Rescore rescore = this.revisions.rescore(assessment);
		Catalogue current = this.assessments.catalogueFor(assessment.workspaceId());
		model.addAttribute("catalogueTexts", current.texts());
		model.addAttribute("assessment", assessment);
		model.addAttribute("rescore", rescore);
		model.addAttribute("moves", ScoreMoves.between(current, assessment.answers(), assessment.priorities(),
				rescore.stored(), assessment.answers(), assessment.priorities(), rescore.current()));
		model.addAttribute("reasonChanges", ReasonChanges.between(rescore.stored(), rescore.current()));
		return "assessment/rescore";
	}

	private RevisionLabel label(Assessment assessment, Revision revision) {
		return new RevisionLabel(revision.number(), assessment.revision(),
				revision.createdAt().atOffset(ZoneOffset.UTC), revision.catalogueVersion());
	}

	/**
	 * A revision number from the path (not a number: 404) or the query (missing or not a
	 * number: 400).
	 */
	private static int number(String value, boolean path) {
		if (value != null && value.matches("[0-9]{1,9}")) {
			return Integer.parseInt(value);
		}
		if (path) {
			throw new NotFoundException();
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

}
