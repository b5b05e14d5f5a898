package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.assessment.TitleAndDescription;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Criterion;
import io.archfit.catalogue.Step;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.FieldProblem;
import io.archfit.system.AccessKeys;
import io.archfit.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The wizard: four pages of traits and a last page for title, description and priorities.
 * The first page is answered without a link; saving it creates a draft, and the rest of
 * the wizard runs under the draft's owner link, so it survives restarts and can be
 * resumed anywhere.
 */
@Controller
class WizardController {

	/** Writes the stored answers for the live ranking's script. */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final int PRIORITIES_MAX = 3;

	private final Assessments assessments;

	private final Engine engine;

	private final AnswerForms forms;

	private final RecentAssessments recent;

	private final MessageSource messages;

	WizardController(Assessments assessments, Engine engine, AnswerForms forms, RecentAssessments recent,
			MessageSource messages) {
		this.assessments = assessments;
		this.engine = engine;
		this.forms = forms;
		this.recent = recent;
		this.messages = messages;
	}

	@GetMapping("/assessments/new")
	String start(@RequestParam(required = false) String workspace, Model model) {
		Catalogue catalogue = this.assessments.catalogueFor(
				AccessKeys.isWellFormed(workspace) ? this.assessments.findWorkspace(workspace).orElse(null) : null);
		model.addAttribute("workspace", AccessKeys.isWellFormed(workspace) ? workspace : null);
		return traitStep(model, catalogue, 1, null, null, Answers.empty(), Map.of(), Map.of());
	}

	@PostMapping("/assessments/new")
	String saveFirstStep(@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		String workspace = form.getFirst("workspace");
		boolean inWorkspace = workspace != null && !workspace.isBlank();
		Catalogue catalogue = this.assessments
			.catalogueFor(inWorkspace ? this.assessments.findWorkspace(workspace).orElse(null) : null);
		Step step = catalogue.steps().get(0);
		AnswerForms.Submission submission = this.forms.read(catalogue, catalogue.traitsOf(step), Answers.empty(), form,
				locale);
		if (submission.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("workspace", AccessKeys.isWellFormed(workspace) ? workspace : null);
			return traitStep(model, catalogue, 1, null, null, Answers.empty(), submission.submitted(),
					submission.errors());
		}
		Long workspaceId = inWorkspace ? this.assessments.findWorkspace(workspace).orElseThrow(NotFoundException::new)
				: null;
		String title = this.messages.getMessage("assessment.untitled", null, locale);
		Assessments.Owned owned = this.assessments.startDraft(title, submission.answers(), workspaceId);
		this.recent.remember(request, response, owned.ownerKey());
		return "redirect:/o/" + owned.ownerKey() + "/wizard/2";
	}

	@GetMapping("/o/{ownerKey}/wizard/{step}")
	String show(@PathVariable String ownerKey, @PathVariable String step, Model model) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		int number = stepNumber(step);
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		if (number == Assessment.WIZARD_STEPS) {
			return lastStep(model, catalogue, assessment, ownerKey, assessment.title(), assessment.description(),
					assessment.priorities(), Map.of());
		}
		return traitStep(model, catalogue, number, ownerKeyAndVersion(ownerKey, assessment), assessment.viewKey(),
				assessment.answers(), Map.of(), Map.of());
	}

	@PostMapping("/o/{ownerKey}/wizard/{step}")
	String save(@PathVariable String ownerKey, @PathVariable String step,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			HttpServletResponse response) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		int number = stepNumber(step);
		boolean back = "back".equals(form.getFirst("nav"));
		long version = version(form);
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		if (number == Assessment.WIZARD_STEPS) {
			return saveLastStep(ownerKey, assessment, version, back, form, model, locale, response);
		}
		Step current = catalogue.steps().get(number - 1);
		AnswerForms.Submission submission = this.forms.read(catalogue, catalogue.traitsOf(current),
				assessment.answers(), form, locale);
		if (submission.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return traitStep(model, catalogue, number, ownerKeyAndVersion(ownerKey, assessment), assessment.viewKey(),
					assessment.answers(), submission.submitted(), submission.errors());
		}
		int next = back ? number - 1 : number + 1;
		this.assessments.saveWizardStep(ownerKey, version, submission.answers(), back ? number : next);
		return "redirect:/o/" + ownerKey + "/wizard/" + Math.max(1, next);
	}

	private String saveLastStep(String ownerKey, Assessment assessment, long version, boolean back,
			MultiValueMap<String, String> form, Model model, Locale locale, HttpServletResponse response) {
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		String title = TitleAndDescription.stripped(form.getFirst("title"));
		String description = TitleAndDescription.stripped(form.getFirst("description"));
		List<String> priorities = form.getOrDefault("priorities", List.of())
			.stream()
			.filter((id) -> !id.isBlank())
			.distinct()
			.toList();
		Map<String, String> errors = new LinkedHashMap<>();
		TitleAndDescription.titleProblem(title, true)
			.ifPresent((problem) -> errors.put("title", message(problem, locale)));
		TitleAndDescription.descriptionProblem(description)
			.ifPresent((problem) -> errors.put("description", message(problem, locale)));
		if (priorities.size() > PRIORITIES_MAX) {
			errors.put("priorities", message("problem.tooManyPriorities", locale, PRIORITIES_MAX));
		}
		else if (priorities.stream().anyMatch((id) -> catalogue.criterion(id).isEmpty())) {
			errors.put("priorities", message("problem.unknownCriterion", locale));
		}
		if (!errors.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return lastStep(model, catalogue, assessment, ownerKey, title, description, priorities, errors);
		}
		this.assessments.finishWizard(ownerKey, version, title, description, priorities);
		if (back) {
			return "redirect:/o/" + ownerKey + "/wizard/" + (Assessment.WIZARD_STEPS - 1);
		}
		return "redirect:/o/" + ownerKey + "?done=saved";
	}

	private String traitStep(Model model, Catalogue catalogue, int number, String[] keyAndVersion, String viewKey,
			Answers answers, Map<String, String> submitted, Map<String, String> errors) {
		Step step = catalogue.steps().get(number - 1);
		model.addAttribute("step", step);
		model.addAttribute("fields", this.forms.fields(catalogue.traitsOf(step), answers, submitted, errors));
		model.addAttribute("errors", errors);
		model.addAttribute("storedAnswers", JSON.writeValueAsString(answers.asMap()));
		model.addAttribute("catalogueTexts", catalogue.texts());
		liveRanking(model, catalogue, viewKey);
		commonModel(model, number, keyAndVersion);
		return "assessment/wizard";
	}

	private String lastStep(Model model, Catalogue catalogue, Assessment assessment, String ownerKey, String title,
			String description, List<String> priorities, Map<String, String> errors) {
		model.addAttribute("title", title);
		model.addAttribute("description", (description != null) ? description : "");
		model.addAttribute("priorities", priorities);
		model.addAttribute("criteria", catalogue.criteria().stream().map(Criterion::id).toList());
		model.addAttribute("errors", errors);
		model.addAttribute("storedAnswers", JSON.writeValueAsString(assessment.answers().asMap()));
		model.addAttribute("catalogueTexts", catalogue.texts());
		liveRanking(model, catalogue, assessment.viewKey());
		commonModel(model, Assessment.WIZARD_STEPS, ownerKeyAndVersion(ownerKey, assessment));
		return "assessment/wizard-last";
	}

	/**
	 * The live ranking beside the questions: scored with the built-in catalogue, or with
	 * a team's through the assessment's view key (it exists from the second step on).
	 */
	private static void liveRanking(Model model, Catalogue catalogue, String viewKey) {
		boolean builtIn = Catalogue.BUILT_IN.equals(catalogue.id());
		model.addAttribute("liveRanking", builtIn || viewKey != null);
		model.addAttribute("liveRankingAssessment", builtIn ? null : viewKey);
	}

	private void commonModel(Model model, int number, String[] keyAndVersion) {
		List<String> stepIds = new ArrayList<>();
		this.engine.catalogue().steps().forEach((step) -> stepIds.add(step.id()));
		stepIds.add("describe");
		model.addAttribute("stepIds", stepIds);
		model.addAttribute("number", number);
		model.addAttribute("total", Assessment.WIZARD_STEPS);
		model.addAttribute("action",
				(keyAndVersion != null) ? "/o/" + keyAndVersion[0] + "/wizard/" + number : "/assessments/new");
		model.addAttribute("ownerKey", (keyAndVersion != null) ? keyAndVersion[0] : null);
		model.addAttribute("version", (keyAndVersion != null) ? keyAndVersion[1] : "");
	}

	private static String[] ownerKeyAndVersion(String ownerKey, Assessment assessment) {
		return new String[] { ownerKey, Long.toString(assessment.version()) };
	}

	private static int stepNumber(String step) {
		if (!step.matches("[1-5]")) {
			throw new NotFoundException();
		}
		return Integer.parseInt(step);
	}

	private static long version(MultiValueMap<String, String> form) {
		try {
			return Long.parseLong(form.getFirst("version"));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	private String message(FieldProblem problem, Locale locale) {
		return message("problem." + problem.code(), locale, problem.args().toArray());
	}

}
