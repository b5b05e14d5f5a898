package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Reference;
import io.archfit.evaluation.ConfidenceLevel;
import io.archfit.evidence.Evidence;
import io.archfit.evidence.TrackRecord;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "How we score": every trait, option, criterion, rule, knock-out, risk and price default
 * of the current catalogue, in readable form, each rule, limit, risk and price with the
 * numbered references it rests on, and how sure the advice is: how the confidence is
 * stated and what each level has meant on the public cases.
 */
@Controller
class CatalogueController {

	/** What a confidence level has meant on the public cases, for the page's table. */
	record LevelRecord(String level, TrackRecord record) {

	}

	private final Engine engine;

	private final Evidence evidence;

	CatalogueController(Engine engine, Evidence evidence) {
		this.engine = engine;
		this.evidence = evidence;
	}

	@GetMapping("/catalogue")
	String catalogue(Model model) {
		Catalogue catalogue = this.engine.catalogue();
		model.addAttribute("catalogue", catalogue);
		model.addAttribute("refNumbers", referenceNumbers(catalogue));
		model.addAttribute("confidence", catalogue.confidence().orElse(null));
		List<LevelRecord> levels = new ArrayList<>();
		for (ConfidenceLevel level : List.of(ConfidenceLevel.HIGH, ConfidenceLevel.MEDIUM, ConfidenceLevel.LOW)) {
			this.evidence.trackRecord(catalogue, level).ifPresent((r) -> levels.add(new LevelRecord(level.id(), r)));
		}
		model.addAttribute("levelRecords", levels);
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
