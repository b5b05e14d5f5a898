package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The charts and the detailed analysis of a report (ranking, heat map, comparison,
 * criteria with their reasons, risks, tipping points, answers): most of a report page,
 * and a pure function of the answers, priorities, cost assumptions, catalogue version and
 * language. Rendered once per such set from {@code assessment/report-analysis.html} and
 * kept (the most recently used {@code archfit.report-analysis-cache} sets), so a report
 * read by a whole team is laid out once; a changed answer is another set and renders
 * anew.
 */
@Component
class ReportAnalysis {

	/** The rendered parts, as HTML. */
	record Html(String charts, String details) {

	}

	/** Everything the analysis is made of. */
	record Inputs(String catalogueVersion, Map<String, String> answers, List<String> priorities,
			Map<String, Double> assumptions, Locale locale) {

		Inputs {
			answers = Collections.unmodifiableMap(new HashMap<>(answers));
			priorities = (priorities != null) ? Collections.unmodifiableList(new ArrayList<>(priorities)) : List.of();
			assumptions = (assumptions != null) ? Collections.unmodifiableMap(new HashMap<>(assumptions)) : Map.of();
		}

	}

	private static final String TEMPLATE = "assessment/report-analysis";

	private final ITemplateEngine templates;

	private final Map<Inputs, Html> rendered;

	ReportAnalysis(ITemplateEngine templates, @Value("${archfit.report-analysis-cache:200}") int entries) {
		this.templates = templates;
		this.rendered = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Inputs, Html> eldest) {
				return size() > entries;
			}

		};
	}

	Html of(Inputs inputs, ReportView report) {
		Html html;
		synchronized (this.rendered) {
			html = this.rendered.get(inputs);
		}
		if (html == null) {
			Context context = new Context(inputs.locale(), Map.of("report", report, "ev", report.evaluation()));
			html = new Html(this.templates.process(TEMPLATE, Set.of("charts"), context),
					this.templates.process(TEMPLATE, Set.of("details"), context));
			synchronized (this.rendered) {
				this.rendered.put(inputs, html);
			}
		}
		return html;
	}

}
