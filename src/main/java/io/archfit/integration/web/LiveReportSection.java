package io.archfit.integration.web;

import java.util.Map;

import io.archfit.assessment.ReportSection;

import org.springframework.stereotype.Component;

/**
 * Puts the live-report script and its status line at the end of the report: with
 * JavaScript, the decision, votes and comments update themselves as the team adds to
 * them; without it, nothing changes.
 */
@Component
class LiveReportSection implements ReportSection {

	@Override
	public Slot slot() {
		return Slot.END;
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	@Override
	public String fragment() {
		return "integration/report :: live";
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		model.put("liveEvents", "/a/" + context.assessment().viewKey() + "/events");
	}

}
