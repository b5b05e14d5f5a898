package io.archfit.assessment.web;

import io.archfit.assessment.Engine;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "How we score": every trait, option, criterion, rule, knock-out and risk of the current
 * catalogue, in readable form.
 */
@Controller
class CatalogueController {

	private final Engine engine;

	CatalogueController(Engine engine) {
		this.engine = engine;
	}

	@GetMapping("/catalogue")
	String catalogue(Model model) {
		model.addAttribute("catalogue", this.engine.catalogue());
		return "assessment/catalogue";
	}

}
