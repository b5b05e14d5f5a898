package io.archfit.assessment.web;

import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.ReportSection;
import io.archfit.system.RenderedFragments;
import io.archfit.system.RenderedHtml;

import org.springframework.stereotype.Component;

/**
 * The charts and the detailed analysis of a report (ranking, heat map, comparison,
 * criteria with their reasons, risks, tipping points, answers): most of a report page,
 * and a pure function of the answers, priorities, cost assumptions, catalogue version and
 * language ({@link ReportSection.Inputs}). Laid out once per such set from
 * {@code assessment/report-analysis.html}, so a report read by a whole team is rendered
 * once; a changed answer is another set and renders anew.
 */
@Component
class ReportAnalysis {

	/** The rendered parts, as HTML. */
	record Html(RenderedHtml charts, RenderedHtml details) {

	}

	private static final String TEMPLATE = "assessment/report-analysis";

	private final RenderedFragments fragments;

	ReportAnalysis(RenderedFragments fragments) {
		this.fragments = fragments;
	}

	Html of(ReportSection.Inputs inputs, Locale locale, ReportView report) {
		return new Html(html("charts", inputs, locale, report), html("details", inputs, locale, report));
	}

	private RenderedHtml html(String fragment, ReportSection.Inputs inputs, Locale locale, ReportView report) {
		return this.fragments.html(TEMPLATE, fragment, inputs, locale,
				() -> Map.of("report", report, "ev", report.evaluation()));
	}

}
