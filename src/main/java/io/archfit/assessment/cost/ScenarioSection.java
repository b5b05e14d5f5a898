package io.archfit.assessment.cost;

import java.util.Map;
import java.util.Set;

import io.archfit.assessment.Assessments;
import io.archfit.assessment.ReportSection;

import org.springframework.stereotype.Component;

/**
 * On a report saved from another one's what-if page: "scenario of …" with a link to the
 * original's view link.
 */
@Component
class ScenarioSection implements ReportSection {

	private final Assessments assessments;

	ScenarioSection(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public Slot slot() {
		return Slot.AFTER_RECOMMENDATION;
	}

	@Override
	public int order() {
		return -50;
	}

	@Override
	public Set<String> confirmations() {
		return Set.of("scenario");
	}

	@Override
	public String fragment() {
		return "cost/report :: scenario";
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		model.put("scenarioOriginal", this.assessments.originalOf(context.assessment()).orElse(null));
	}

}
