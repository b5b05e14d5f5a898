package io.archfit.assessment.web;

import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.assessment.ReportSection;
import io.archfit.evidence.Evidence;

import org.springframework.stereotype.Component;

/**
 * "Teams like yours" on the report: the three public cases whose answers lie nearest,
 * what their authors chose, why, and where to read it.
 */
@Component
class SimilarCasesSection implements ReportSection {

	private final Engine engine;

	private final Evidence evidence;

	SimilarCasesSection(Engine engine, Evidence evidence) {
		this.engine = engine;
		this.evidence = evidence;
	}

	@Override
	public Slot slot() {
		return Slot.AFTER_RANKING;
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String fragment() {
		return "assessment/similar-cases :: cases";
	}

	@Override
	public Contents contents() {
		return new Contents("teams-like-yours", "similar.title");
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		model.put("similarCases", this.evidence.similarCases(this.engine.catalogueOf(context.assessment()),
				context.assessment().answers().asMap()));
	}

}
