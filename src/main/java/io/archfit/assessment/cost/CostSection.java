package io.archfit.assessment.cost;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.archfit.assessment.Engine;
import io.archfit.assessment.ReportSection;
import io.archfit.system.RenderedFragments;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report's cost section: the monthly estimate per architecture with its breakdown,
 * the break-even chart, the assumptions and, for the owner, the form to change them.
 */
@Component
class CostSection implements ReportSection {

	private final Engine engine;

	private final CostViews views;

	private final RenderedFragments fragments;

	CostSection(Engine engine, CostViews views, RenderedFragments fragments) {
		this.engine = engine;
		this.views = views;
		this.fragments = fragments;
	}

	@Override
	public Slot slot() {
		return Slot.AFTER_RANKING;
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	public Set<String> confirmations() {
		return Set.of("assumptions");
	}

	@Override
	public String fragment() {
		return "cost/report :: cost";
	}

	@Override
	public Contents contents() {
		return new Contents("cost", "cost.title");
	}

	@Override
	public void contribute(Context context, Map<String, Object> model) {
		Locale locale = LocaleContextHolder.getLocale();
		Supplier<CostView> cost = () -> this.views.of(this.engine.catalogueOf(context.assessment()),
				context.assessment().answers(), context.evaluation(), Map.of(), Map.of(), locale);
		model.put("costFigures", this.fragments.html("cost/report-figures", "figures", context.inputs(), locale,
				() -> Map.of("cost", cost.get())));
		model.put("costAssumptionFields", context.owner() ? cost.get().assumptions() : List.of());
	}

}
