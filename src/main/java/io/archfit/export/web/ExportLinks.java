package io.archfit.export.web;

import java.util.Map;
import java.util.Set;

import io.archfit.assessment.ReportSection;

import org.springframework.stereotype.Component;

/**
 * The report's download links: the decision as a Markdown ADR, the JSON export and the
 * CSV of the scores.
 */
@Component
class ExportLinks implements ReportSection {

	@Override
	public Slot slot() {
		return Slot.AFTER_RECOMMENDATION;
	}

	@Override
	public int order() {
		return 100;
	}

	@Override
	public Set<String> confirmations() {
		return Set.of("imported");
	}

	@Override
	public String fragment() {
		return "export/report :: downloads";
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		model.put("exportBase", "/a/" + context.assessment().viewKey() + "/export");
	}

}
