package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.assessment.ProblemMessages;
import io.archfit.assessment.TitleAndDescription;
import io.archfit.assessment.cost.AssumptionForms;
import io.archfit.assessment.cost.CostViews;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CostModel;
import io.archfit.evaluation.Evaluation;
import io.archfit.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
 * "What if…?" under a view link: change answers or cost assumptions and see the new
 * ranking, costs and tipping points next to the saved ones, without saving anything; or
 * save the variant as a new assessment, a scenario of this one.
 */
@Controller
class WhatIfController {

	private final Assessments assessments;

	private final Engine engine;

	private final AnswerForms forms;

	private final AssumptionForms assumptionForms;

	private final CostViews costViews;

	private final RecentAssessments recent;

	private final ProblemMessages problems;

	private final MessageSource messages;

	WhatIfController(Assessments assessments, Engine engine, AnswerForms forms, AssumptionForms assumptionForms,
			CostViews costViews, RecentAssessments recent, ProblemMessages problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
		this.assessments = assessments;
		this.engine = engine;
		this.forms = forms;
		this.assumptionForms = assumptionForms;
		this.costViews = costViews;
		this.recent = recent;
	}

	/** A variant read from the form: its answers and assumptions, or the errors. */
	private record Variant(AnswerForms.Submission answers, AssumptionForms.Reading assumptions) {

		boolean hasErrors() {
			return this.answers.hasErrors() || this.assumptions.hasErrors();
		}

	}

	@GetMapping("/a/{viewKey}/what-if")
	String form(@PathVariable String viewKey, Model model, Locale locale) {
		Assessment assessment = complete(viewKey);
		return page(model, assessment, assessment.answers(), assessment.costAssumptions(), Map.of(), Map.of(), Map.of(),
				Map.of(), null, locale);
	}

	@PostMapping("/a/{viewKey}/what-if")
	String evaluate(@PathVariable String viewKey, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response) {
		Assessment assessment = complete(viewKey);
		Variant variant = read(assessment, form, locale);
		if (variant.hasErrors()) {
			return invalid(model, assessment, variant, locale, response);
		}
		return result(model, assessment, variant, locale);
	}

	@PostMapping("/a/{viewKey}/what-if/save")
	String save(@PathVariable String viewKey, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Assessment assessment = complete(viewKey);
		Variant variant = read(assessment, form, locale);
		if (variant.hasErrors()) {
			return invalid(model, assessment, variant, locale, response);
		}
		String given = TitleAndDescription.stripped(form.getFirst("title"));
		String titleError = TitleAndDescription.titleProblem(given, false)
			.map((problem) -> this.problems.message(problem, locale))
			.orElse(null);
		if (titleError != null) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("scenarioTitle", given);
			model.addAttribute("titleError", titleError);
			return result(model, assessment, variant, locale);
		}
		String title = given.isEmpty() ? assessment.title() : given;
		Assessments.Owned owned = this.assessments.createScenario(assessment, title, variant.answers().answers(),
				assessment.priorities(), variant.assumptions().assumptions());
		this.recent.remember(request, response, owned.ownerKey());
		return "redirect:/o/" + owned.ownerKey() + "?done=scenario";
	}

	/** The page with the variant's result next to the saved one, and the save form. */
	private String result(Model model, Assessment assessment, Variant variant, Locale locale) {
		Answers answers = variant.answers().answers();
		CostAssumptions assumptions = variant.assumptions().assumptions();
		Evaluation saved = this.assessments.evaluationOf(assessment);
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		Evaluation changed = this.engine.evaluate(catalogue, answers, assessment.priorities(), assumptions);
		WhatIfView result = WhatIfView.of(catalogue, assessment.answers(), saved, assessment.costAssumptions(), answers,
				changed, assumptions, breakEven(saved, locale), breakEven(changed, locale));
		model.addAttribute("hidden", hidden(variant));
		return page(model, assessment, answers, assumptions, variant.answers().submitted(), Map.of(),
				variant.assumptions().submitted(), Map.of(), result, locale);
	}

	private Variant read(Assessment assessment, MultiValueMap<String, String> form, Locale locale) {
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		return new Variant(this.forms.read(catalogue, catalogue.traits(), assessment.answers(), form, locale),
				this.assumptionForms.read(form, CostModel.of(catalogue).assumptionNames(), locale));
	}

	private String invalid(Model model, Assessment assessment, Variant variant, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page(model, assessment, assessment.answers(), assessment.costAssumptions(),
				variant.answers().submitted(), variant.answers().errors(), variant.assumptions().submitted(),
				variant.assumptions().errors(), null, locale);
	}

	private Assessment complete(String viewKey) {
		Assessment assessment = this.assessments.byViewKey(viewKey);
		if (!assessment.isComplete()) {
			throw new NotFoundException();
		}
		return assessment;
	}

	private String page(Model model, Assessment assessment, Answers answers, CostAssumptions assumptions,
			Map<String, String> submitted, Map<String, String> errors, Map<String, String> submittedAssumptions,
			Map<String, String> assumptionErrors, WhatIfView result, Locale locale) {
		Catalogue catalogue = this.assessments.catalogueFor(assessment.workspaceId());
		model.addAttribute("catalogueTexts", catalogue.texts());
		List<ReportController.EditStep> steps = catalogue.steps()
			.stream()
			.map((step) -> new ReportController.EditStep(step,
					this.forms.fields(catalogue.traitsOf(step), answers, submitted, errors)))
			.toList();
		model.addAttribute("assessment", assessment);
		model.addAttribute("steps", steps);
		model.addAttribute("errors", errors);
		model.addAttribute("assumptionErrors", assumptionErrors);
		model.addAttribute("assumptions",
				this.costViews.assumptions(catalogue, assumptions, submittedAssumptions, assumptionErrors));
		model.addAttribute("result", result);
		model.addAttribute("pricingDate", catalogue.pricingDate());
		if (!model.containsAttribute("scenarioTitle")) {
			model.addAttribute("scenarioTitle", defaultTitle(assessment.title(), locale));
		}
		return "cost/what-if";
	}

	/**
	 * The title a scenario is offered, "<original> (scenario)", with the original's title
	 * shortened so that the whole stays within {@value TitleAndDescription#TITLE_MAX}
	 * characters and saves unchanged.
	 */
	String defaultTitle(String original, Locale locale) {
		String title = this.messages.getMessage("whatIf.save.default", new Object[] { original }, locale);
		int over = title.length() - TitleAndDescription.TITLE_MAX;
		if (over <= 0) {
			return title;
		}
		int keep = Math.max(0, original.length() - over - 1);
		if (keep > 0 && Character.isHighSurrogate(original.charAt(keep - 1))) {
			keep--;
		}
		return this.messages.getMessage("whatIf.save.default",
				new Object[] { original.substring(0, keep).stripTrailing() + "\u2026" }, locale);
	}

	private String breakEven(Evaluation evaluation, Locale locale) {
		Double breakEven = evaluation.cost().breakEvenRequestsPerMonth();
		return (breakEven != null) ? this.costViews.volume(breakEven, locale) : null;
	}

	/** The variant as hidden fields, for "save as scenario". */
	private static List<Map.Entry<String, String>> hidden(Variant variant) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		variant.answers().submitted().forEach((trait, value) -> fields.add(Map.entry(TraitField.param(trait), value)));
		variant.assumptions().submitted().forEach((name, value) -> fields.add(Map.entry("a." + name, value)));
		return fields;
	}

}
