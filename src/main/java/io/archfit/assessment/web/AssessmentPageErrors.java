package io.archfit.assessment.web;

import io.archfit.assessment.ChangedMeanwhileException;
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

	@ExceptionHandler(ChangedMeanwhileException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String changedMeanwhile(ChangedMeanwhileException ex, HttpServletRequest request, Model model) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String ownerKey = (variables instanceof java.util.Map<?, ?> map) ? (String) map.get("ownerKey") : null;
		model.addAttribute("assessment", ex.latest());
		model.addAttribute("ownerKey", ownerKey);
		return "assessment/conflict";
	}

}
