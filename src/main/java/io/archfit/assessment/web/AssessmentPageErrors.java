package io.archfit.assessment.web;

import java.util.Map;

import io.archfit.assessment.ChangedMeanwhileException;
import io.archfit.assessment.Engine;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A save that lost a race: the page says so and shows the latest answers, nothing is
 * overwritten.
 */
@ControllerAdvice(assignableTypes = { WizardController.class, ReportController.class })
class AssessmentPageErrors {

	private final Engine engine;

	AssessmentPageErrors(Engine engine) {
		this.engine = engine;
	}

	@ExceptionHandler(ChangedMeanwhileException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String changedMeanwhile(ChangedMeanwhileException ex, HttpServletRequest request, Model model) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String ownerKey = (variables instanceof Map<?, ?> map) ? (String) map.get("ownerKey") : null;
		model.addAttribute("assessment", ex.latest());
		model.addAttribute("answers",
				ReportView.answersOf(this.engine.catalogueOf(ex.latest()), ex.latest().answers()));
		model.addAttribute("ownerKey", ownerKey);
		return "assessment/conflict";
	}

}
