package io.archfit.assessment.web;

import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.Engine;
import io.archfit.assessment.ReportSection;
import io.archfit.evidence.Evidence;
import io.archfit.system.RenderedFragments;
import io.archfit.system.RenderedHtml;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * "Teams like yours" on the report: the three public cases whose answers lie nearest,
 * what their authors chose, why, and where to read it. The list depends on the answers,
 * the catalogue version and the language only, so it is rendered once per such set and
 * kept ({@link RenderedFragments}).
 */
@Component
class SimilarCasesSection implements ReportSection {

	private final Engine engine;

	private final Evidence evidence;

	private final RenderedFragments fragments;

	SimilarCasesSection(Engine engine, Evidence evidence, RenderedFragments fragments) {
		this.engine = engine;
		this.evidence = evidence;
		this.fragments = fragments;
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
		Locale locale = LocaleContextHolder.getLocale();
		RenderedHtml list = this.fragments.html("assessment/similar-cases", "list", context.inputs(), locale,
				() -> Map.of("similarCases", this.evidence.similarCases(this.engine.catalogueOf(context.assessment()),
						context.assessment().answers().asMap())));
		model.put("similarCasesList", list);
		model.put("similarCasesShown", !list.isBlank());
	}

}
