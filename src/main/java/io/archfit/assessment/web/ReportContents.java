package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.archfit.assessment.ReportSection;
import io.archfit.assessment.ReportSection.Contents;
import io.archfit.assessment.ReportSection.Slot;
import io.archfit.evaluation.Evaluation;

/**
 * The report's contents: every section in the order of the page, with the sections other
 * modules add in their slots. Each entry links to the section's anchor.
 */
final class ReportContents {

	private ReportContents() {
	}

	static List<Contents> of(Evaluation evaluation, Map<Slot, List<Contents>> contributed) {
		List<Contents> contents = new ArrayList<>();
		contents.add(new Contents("summary", "report.contents.summary"));
		contents.addAll(contributed.getOrDefault(Slot.AFTER_RECOMMENDATION, List.of()));
		contents.add(new Contents("ranking", "report.ranking"));
		contents.add(new Contents("heatmap", "report.heatmap"));
		contents.addAll(contributed.getOrDefault(Slot.AFTER_RANKING, List.of()));
		if (evaluation.ranking().stream().anyMatch((ranked) -> !ranked.viable())) {
			contents.add(new Contents("blockers", "report.blockers"));
		}
		contents.add(new Contents("comparison", "report.contents.comparison"));
		contents.add(new Contents("criteria", "report.criteria"));
		contents.add(new Contents("risks", "report.risks"));
		contents.add(new Contents("tipping", "report.tipping"));
		contents.add(new Contents("answers", "report.answers"));
		contents.addAll(contributed.getOrDefault(Slot.END, List.of()));
		return List.copyOf(contents);
	}

}
