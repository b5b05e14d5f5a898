package io.archfit.assessment.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.archfit.assessment.ReportSection;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.Evaluation;
import io.archfit.evidence.Evidence;
import io.archfit.system.RenderedFragments;
import io.archfit.system.RenderedHtml;

import org.springframework.stereotype.Component;

/**
 * The summary, the charts and the detailed analysis of a report (ranking, heat map,
 * comparison, criteria with their reasons, risks, tipping points, answers): most of a
 * report page, and a pure function of the answers, priorities, cost assumptions,
 * catalogue version and language ({@link ReportSection.Inputs}). Laid out once per such
 * set from {@code assessment/report-analysis.html}, so a report read by a whole team is
 * rendered once; a changed answer is another set and renders anew. The views the template
 * reads ({@link ReportView}, {@link ReportSummary}) are only built when a part is
 * rendered.
 */
@Component
class ReportAnalysis {

	/** The rendered parts, as HTML. */
	record Html(RenderedHtml summary, RenderedHtml charts, RenderedHtml details) {

	}

	private static final String TEMPLATE = "assessment/report-analysis";

	private final RenderedFragments fragments;

	private final Evidence evidence;

	ReportAnalysis(RenderedFragments fragments, Evidence evidence) {
		this.fragments = fragments;
		this.evidence = evidence;
	}

	Html of(ReportSection.Inputs inputs, Locale locale, Catalogue catalogue, Supplier<Answers> answers,
			Evaluation evaluation) {
		Supplier<Map<String, Object>> variables = new Once<>(
				() -> Map.of("report", ReportView.of(catalogue, answers.get(), evaluation), "summary",
						ReportSummary.of(evaluation,
								(trait) -> catalogue.trait(trait).map(Trait::isChoice).orElse(false)),
						"ev", evaluation, "catalogueTexts", catalogue.texts(), "trackRecord",
						this.evidence.trackRecord(catalogue, evaluation.confidenceLevel())));
		return new Html(html("first-screen", inputs, locale, variables), html("charts", inputs, locale, variables),
				html("details", inputs, locale, variables));
	}

	/**
	 * The report's contents, a link to each of these sections: rendered once per list of
	 * sections and language.
	 */
	RenderedHtml contents(List<ReportSection.Contents> contents, Locale locale) {
		return this.fragments.html(TEMPLATE, "contents", contents, locale, () -> Map.of("contents", contents));
	}

	private RenderedHtml html(String fragment, ReportSection.Inputs inputs, Locale locale,
			Supplier<Map<String, Object>> variables) {
		return this.fragments.html(TEMPLATE, fragment, inputs, locale, variables);
	}

	/** A value computed on its first use in one request, then reused. */
	private static final class Once<T> implements Supplier<T> {

		private Supplier<T> compute;

		private T value;

		Once(Supplier<T> compute) {
			this.compute = compute;
		}

		@Override
		public T get() {
			if (this.compute != null) {
				this.value = this.compute.get();
				this.compute = null;
			}
			return this.value;
		}

	}

}
