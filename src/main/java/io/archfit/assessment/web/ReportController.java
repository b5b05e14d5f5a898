package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.assessment.ReportSection;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.Step;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Evaluation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The report under its view link (read) and its owner link (read, edit, rotate links,
 * delete).
 */
@Controller
class ReportController {

	/** The confirmations of this controller's own actions; report sections add theirs. */
	private static final Set<String> OWN_CONFIRMATIONS = Set.of("saved", "revised", "unchanged", "viewRotated",
			"ownerRotated");

	private final Set<String> confirmations;

	private final Assessments assessments;

	private final Engine engine;

	private final AnswerForms forms;

	private final RecentAssessments recent;

	private final MessageSource messages;

	private final List<ReportSection> sections;

	private final ReportAnalysis analysis;

	private final ReportPreviews previews;

	private final TransactionTemplate reads;

	ReportController(Assessments assessments, Engine engine, AnswerForms forms, RecentAssessments recent,
			MessageSource messages, List<ReportSection> sections, ReportAnalysis analysis, ReportPreviews previews,
			PlatformTransactionManager transactions) {
		this.analysis = analysis;
		this.previews = previews;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
		Set<String> codes = new HashSet<>(OWN_CONFIRMATIONS);
		sections.forEach((section) -> codes.addAll(section.confirmations()));
		this.confirmations = Set.copyOf(codes);
		this.assessments = assessments;
		this.engine = engine;
		this.forms = forms;
		this.recent = recent;
		this.messages = messages;
	}

	/**
	 * The report under its view link. The assessment and what every section shows of it
	 * are read in one read-only transaction, before the page is rendered.
	 */
	@GetMapping("/a/{viewKey}")
	String view(@PathVariable String viewKey, @RequestParam(required = false) String done, Model model,
			HttpServletRequest request, Locale locale) {
		return this.reads.execute((status) -> {
			Assessment assessment = this.assessments.byViewKey(viewKey);
			if (!assessment.isComplete()) {
				model.addAttribute("assessment", assessment);
				return "assessment/in-progress";
			}
			model.addAttribute("done", (done != null && this.confirmations.contains(done)) ? done : null);
			return report(model, assessment, false, null, request.getContextPath(), locale);
		});
	}

	/** The report under its owner link, read like the one under the view link. */
	@GetMapping("/o/{ownerKey}")
	String owner(@PathVariable String ownerKey, @RequestParam(required = false) String done, Model model,
			HttpServletRequest request, HttpServletResponse response, Locale locale) {
		return this.reads.execute((status) -> {
			Assessment assessment = this.assessments.byOwnerKey(ownerKey);
			if (!this.recent.ownerKeys(request).contains(ownerKey)) {
				this.recent.remember(request, response, ownerKey);
			}
			if (!assessment.isComplete()) {
				return "redirect:/o/" + ownerKey + "/wizard/" + assessment.wizardStep();
			}
			model.addAttribute("done", (done != null && this.confirmations.contains(done)) ? done : null);
			return report(model, assessment, true, ownerKey, request.getContextPath(), locale);
		});
	}

	@GetMapping("/o/{ownerKey}/edit")
	String edit(@PathVariable String ownerKey, Model model) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		return editPage(model, assessment, ownerKey, assessment.version(), assessment.priorities(), null);
	}

	@PostMapping("/o/{ownerKey}/edit")
	String saveEdit(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		AnswerForms.Submission submission = this.forms.read(catalogue, catalogue.traits(), assessment.answers(), form,
				locale);
		List<String> chosen = form.getOrDefault("priorities", List.of())
			.stream()
			.filter((id) -> !id.isBlank())
			.distinct()
			.toList();
		List<String> priorities = chosen.stream().filter((id) -> catalogue.criterion(id).isPresent()).toList();
		String prioritiesError = null;
		if (priorities.size() > WizardController.PRIORITIES_MAX) {
			prioritiesError = this.messages.getMessage("problem.tooManyPriorities",
					new Object[] { WizardController.PRIORITIES_MAX }, locale);
		}
		else if (priorities.size() < chosen.size()) {
			prioritiesError = this.messages.getMessage("problem.unknownCriterion", null, locale);
		}
		long version = parseVersion(form.getFirst("version"));
		if (submission.hasErrors() || prioritiesError != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", submission.errors());
			model.addAttribute("prioritiesError", prioritiesError);
			return editPage(model, assessment, ownerKey, version, priorities, submission);
		}
		int before = assessment.revision();
		Assessment saved = this.assessments.revise(ownerKey, version, submission.answers(), priorities);
		return "redirect:/o/" + ownerKey + "?done=" + ((saved.revision() != before) ? "revised" : "unchanged");
	}

	@PostMapping("/o/{ownerKey}/rotate-view")
	String rotateView(@PathVariable String ownerKey) {
		this.assessments.rotateViewKey(ownerKey);
		return "redirect:/o/" + ownerKey + "?done=viewRotated";
	}

	@PostMapping("/o/{ownerKey}/rotate-owner")
	String rotateOwner(@PathVariable String ownerKey, HttpServletRequest request, HttpServletResponse response) {
		Assessments.Owned owned = this.assessments.rotateOwnerKey(ownerKey);
		this.recent.replace(request, response, ownerKey, owned.ownerKey());
		return "redirect:/o/" + owned.ownerKey() + "?done=ownerRotated";
	}

	@GetMapping("/o/{ownerKey}/delete")
	String confirmDelete(@PathVariable String ownerKey, Model model) {
		model.addAttribute("assessment", this.assessments.byOwnerKey(ownerKey));
		model.addAttribute("ownerKey", ownerKey);
		return "assessment/delete";
	}

	@PostMapping("/o/{ownerKey}/delete")
	String delete(@PathVariable String ownerKey, HttpServletRequest request, HttpServletResponse response) {
		this.assessments.delete(ownerKey);
		this.recent.forget(request, response, ownerKey);
		return "redirect:/?done=deleted";
	}

	private String report(Model model, Assessment assessment, boolean owner, String ownerKey, String contextPath,
			Locale locale) {
		Catalogue catalogue = this.engine.catalogueOf(assessment);
		Evaluation evaluation = this.assessments.evaluationOf(assessment);
		ReportSection.Context context = new ReportSection.Context(assessment, evaluation, ownerKey, contextPath);
		model.addAttribute("catalogueTexts", catalogue.texts());
		model.addAttribute("assessment", assessment);
		model.addAttribute("evaluation", evaluation);
		model.addAttribute("analysis",
				this.analysis.of(context.inputs(), locale, catalogue, assessment::answers, evaluation));
		model.addAttribute("owner", owner);
		Map<String, Object> attributes = new HashMap<>();
		Map<String, List<String>> slots = new HashMap<>();
		Map<ReportSection.Slot, List<ReportSection.Contents>> contents = new EnumMap<>(ReportSection.Slot.class);
		for (ReportSection.Slot slot : ReportSection.Slot.values()) {
			slots.put(slot.name(), new ArrayList<>());
			contents.put(slot, new ArrayList<>());
		}
		for (ReportSection section : this.sections) {
			section.contribute(context, attributes);
			slots.get(section.slot().name()).add(section.fragment());
			if (section.contents() != null) {
				contents.get(section.slot()).add(section.contents());
			}
		}
		model.addAllAttributes(attributes);
		model.addAttribute("slots", slots);
		model.addAttribute("contents", this.analysis.contents(ReportContents.of(evaluation, contents), locale));
		if (owner) {
			String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
			model.addAttribute("ownerKey", ownerKey);
			model.addAttribute("viewUrl", base + "/a/" + assessment.viewKey());
			model.addAttribute("ownerUrl", base + "/o/" + ownerKey);
		}
		else {
			model.addAttribute("linkPreview", this.previews.of(assessment.title(), evaluation, locale));
		}
		return "assessment/report";
	}

	private String editPage(Model model, Assessment assessment, String ownerKey, long version, List<String> priorities,
			AnswerForms.Submission submission) {
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		model.addAttribute("catalogueTexts", catalogue.texts());
		List<EditStep> steps = catalogue.steps()
			.stream()
			.map((step) -> new EditStep(step, fieldsOf(catalogue, step, assessment, submission)))
			.toList();
		model.addAttribute("assessment", assessment);
		model.addAttribute("ownerKey", ownerKey);
		model.addAttribute("version", version);
		model.addAttribute("steps", steps);
		model.addAttribute("priorities", priorities);
		model.addAttribute("criteria", catalogue.criteria().stream().map(Criterion::id).toList());
		model.addAttribute("errors", (submission != null) ? submission.errors() : Map.of());
		return "assessment/edit";
	}

	private List<TraitField> fieldsOf(Catalogue catalogue, Step step, Assessment assessment,
			AnswerForms.Submission submission) {
		List<Trait> traits = catalogue.traitsOf(step);
		return (submission != null)
				? this.forms.fields(traits, assessment.answers(), submission.submitted(), submission.errors())
				: this.forms.fields(traits, assessment.answers(), Map.of(), Map.of());
	}

	/** A wizard step's fields on the edit page. */
	public record EditStep(Step step, List<TraitField> fields) {

	}

	private static long parseVersion(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
