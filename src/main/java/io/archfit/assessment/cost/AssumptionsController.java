package io.archfit.assessment.cost;

import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Assessment;
import io.archfit.assessment.Assessments;
import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.CostModel;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The owner's form for the cost assumptions of one assessment. A change makes a new
 * revision; an empty field means the default.
 */
@Controller
class AssumptionsController {

	private final Assessments assessments;

	private final Engine engine;

	private final AssumptionForms forms;

	private final CostViews views;

	AssumptionsController(Assessments assessments, Engine engine, AssumptionForms forms, CostViews views) {
		this.assessments = assessments;
		this.engine = engine;
		this.forms = forms;
		this.views = views;
	}

	@GetMapping("/o/{ownerKey}/assumptions")
	String form(@PathVariable String ownerKey, Model model) {
		Assessment assessment = complete(ownerKey);
		return page(model, assessment, ownerKey, assessment.version(), Map.of(), Map.of());
	}

	@PostMapping("/o/{ownerKey}/assumptions")
	String save(@PathVariable String ownerKey, @RequestParam MultiValueMap<String, String> form, Model model,
			Locale locale, HttpServletResponse response) {
		Assessment assessment = complete(ownerKey);
		long version = parseVersion(form.getFirst("version"));
		if (form.containsKey("reset")) {
			int before = assessment.revision();
			Assessment saved = this.assessments.changeAssumptions(ownerKey, version,
					io.archfit.evaluation.Evaluator.defaultAssumptions(catalogue(assessment)));
			return "redirect:/o/" + ownerKey + "?done=" + ((saved.revision() != before) ? "assumptions" : "unchanged");
		}
		AssumptionForms.Reading reading = this.forms.read(form, CostModel.of(catalogue(assessment)).assumptionNames(),
				locale);
		if (reading.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(model, assessment, ownerKey, version, reading.submitted(), reading.errors());
		}
		int before = assessment.revision();
		Assessment saved = this.assessments.changeAssumptions(ownerKey, version, reading.assumptions());
		return "redirect:/o/" + ownerKey + "?done=" + ((saved.revision() != before) ? "assumptions" : "unchanged");
	}

	private Assessment complete(String ownerKey) {
		Assessment assessment = this.assessments.byOwnerKey(ownerKey);
		if (!assessment.isComplete()) {
			throw new io.archfit.system.NotFoundException();
		}
		return assessment;
	}

	private Catalogue catalogue(Assessment assessment) {
		return this.engine.catalogueOf(assessment);
	}

	private String page(Model model, Assessment assessment, String ownerKey, long version,
			Map<String, String> submitted, Map<String, String> errors) {
		Catalogue catalogue = catalogue(assessment);
		model.addAttribute("assessment", assessment);
		model.addAttribute("ownerKey", ownerKey);
		model.addAttribute("version", version);
		model.addAttribute("pricingDate", catalogue.pricingDate());
		model.addAttribute("assumptions",
				this.views.assumptions(catalogue, assessment.costAssumptions(), submitted, errors));
		model.addAttribute("errors", errors);
		return "cost/assumptions";
	}

	private static long parseVersion(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			return -1;
		}
	}

}
