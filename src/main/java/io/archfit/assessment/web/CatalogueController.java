package io.archfit.assessment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Reference;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "How we score": every trait, option, criterion, rule, knock-out, risk and price default
 * of the current catalogue, in readable form, each rule, limit, risk and price with the
 * numbered references it rests on.
 */
@Controller
class CatalogueController {

	private final Engine engine;

	CatalogueController(Engine engine) {
		this.engine = engine;
	}

	@GetMapping("/catalogue")
	String catalogue(Model model) {
		Catalogue catalogue = this.engine.catalogue();
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("refNumbers", referenceNumbers(catalogue));
		return "assessment/catalogue";
	}

	/** Each reference's number in the catalogue's list, by id, for citations. */
	static Map<String, Integer> referenceNumbers(Catalogue catalogue) {
		Map<String, Integer> numbers = new HashMap<>();
		List<Reference> references = catalogue.references();
		for (int i = 0; i < references.size(); i++) {
			numbers.put(references.get(i).id(), i + 1);
		}
		return numbers;
	}

}
