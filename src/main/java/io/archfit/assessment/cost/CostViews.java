package io.archfit.assessment.cost;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.CatalogueMessages;
import io.archfit.catalogue.CostModelSpec;
import io.archfit.catalogue.CostModelSpec.Figure;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CostEstimate;
import io.archfit.evaluation.CostInputs;
import io.archfit.evaluation.CostModel;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays an evaluation's cost estimate out for the report, the what-if page and the
 * assumptions form: dollars, volumes in words, the part-by-part difference of a services
 * system and one service ({@link CostDifferences}) and the break-even chart
 * ({@link CostChart}).
 */
@Component
public class CostViews {

	private final MessageSource messages;

	CostViews(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The cost view of an evaluation.
	 * @param catalogue the catalogue it was scored with
	 * @param answers its answers
	 * @param evaluation the evaluation, with its cost estimate
	 * @param submitted assumption values as typed into a form, by name (may be empty)
	 * @param errors messages per assumption name (may be empty)
	 * @param locale the reader's language
	 * @return the view
	 */
	public CostView of(Catalogue catalogue, Answers answers, Evaluation evaluation, Map<String, String> submitted,
			Map<String, String> errors, Locale locale) {
		CostEstimate cost = evaluation.cost();
		CostAssumptions assumptions = cost.assumptions();
		CostModel model = CostModel.of(catalogue);
		CostModelSpec spec = catalogue.costModel().orElseThrow();
		CostInputs inputs = model.inputs(answers, assumptions);
		List<String> architectures = catalogue.architectures();
		boolean people = model.pricesPeople();
		Figure figure = model.bandsFigure();
		String cheapest = cost.estimates()
			.stream()
			.min((a, b) -> Double.compare(figure(a, figure), figure(b, figure)))
			.map(ArchitectureCost::architecture)
			.orElse(null);
		List<CostView.Row> rows = new ArrayList<>();
		for (String architecture : architectures) {
			cost.estimates()
				.stream()
				.filter((estimate) -> estimate.architecture().equals(architecture))
				.findFirst()
				.ifPresent((estimate) -> rows
					.add(new CostView.Row(architecture, usd(estimate.monthlyUsd()), estimate.monthlyUsd(),
							model.parts().stream().map((part) -> usd(estimate.breakdown().get(part))).toList(),
							people ? usd(estimate.breakdown().get(CostModel.PEOPLE)) : "",
							people ? hours(model.peopleHours(architecture, inputs, assumptions)) : "",
							people ? usd(CostModel.totalMonthlyUsd(estimate)) : "", architecture.equals(cheapest))));
		}
		Double breakEven = cost.breakEvenRequestsPerMonth();
		Double totalBreakEven = people ? model.breakEven(Figure.TOTAL, inputs, assumptions) : null;
		Double criterionBreakEven = (figure == Figure.TOTAL) ? totalBreakEven : breakEven;
		boolean volumeAnswered = answered(spec.requests(), answers);
		double volume = inputs.requestsPerMonth();
		return new CostView(rows, model.parts(), people, cheapest,
				(breakEven != null) ? volume(breakEven, locale) : null,
				(totalBreakEven != null) ? volume(totalBreakEven, locale) : null, figure.id(), volume(volume, locale),
				volumeAnswered, position(model, volumeAnswered, volume, criterionBreakEven, inputs, assumptions),
				effects(evaluation, spec.criterion(), architectures), workload(spec, answers, inputs, assumptions),
				CostDifferences.of(model, cost),
				new CostChart(this, this.messages, locale).of(model, architectures, inputs, assumptions, breakEven,
						totalBreakEven, volume),
				decades(model, architectures, inputs, assumptions, locale),
				assumptions(catalogue, assumptions, submitted, errors), catalogue.pricingDate(),
				!assumptions.changedFromDefaults().isEmpty());
	}

	private static double figure(ArchitectureCost cost, Figure figure) {
		return (figure == Figure.TOTAL) ? CostModel.totalMonthlyUsd(cost) : cost.monthlyUsd();
	}

	/** The assumption rows alone, for a form that failed validation. */
	public List<CostView.Assumption> assumptions(Catalogue catalogue, CostAssumptions assumptions,
			Map<String, String> submitted, Map<String, String> errors) {
		CostAssumptions defaults = Evaluator.defaultAssumptions(catalogue);
		CostModelSpec spec = catalogue.costModel().orElseThrow();
		Map<String, Object> values = assumptions.toFullMap();
		Map<String, Object> defaultValues = defaults.toFullMap();
		List<String> changed = assumptions.changedFromDefaults();
		List<CostView.Assumption> rows = new ArrayList<>();
		for (String name : CostModel.of(catalogue).assumptionNames()) {
			Object value = values.get(name);
			String input = submitted.containsKey(name) ? submitted.get(name) : plain(value);
			rows.add(new CostView.Assumption(name, grouped(value), grouped(defaultValues.get(name)),
					changed.contains(name), input, errors.get(name),
					spec.people() != null && CostModelSpec.People.ASSUMPTIONS.contains(name),
					taken(spec, name, catalogue.pricingDate())));
		}
		return rows;
	}

	private static String taken(CostModelSpec spec, String name, String pricingDate) {
		if (spec.platform() != null && CostModelSpec.Platform.ASSUMPTIONS.contains(name)) {
			return spec.platform().taken();
		}
		if (spec.internalCalls() != null
				&& (CostModelSpec.InternalCalls.ASSUMPTIONS.contains(name) || name.equals("internalCallsPerRequest"))) {
			return spec.internalCalls().taken();
		}
		if (spec.people() != null && CostModelSpec.People.ASSUMPTIONS.contains(name)) {
			return spec.people().taken();
		}
		return pricingDate;
	}

	private static boolean answered(CostModelSpec.CostInput input, Answers answers) {
		return input.trait() != null && answers.isAnswered(input.trait());
	}

	/**
	 * Whether the answer a figure is taken from, the number or its stand-in, is given.
	 */
	private static boolean answeredOrStandIn(CostModelSpec.CostInput input, Answers answers) {
		return answered(input, answers) || (input.from() != null && answers.isAnswered(input.from()));
	}

	private static String position(CostModel model, boolean answered, double volume, Double breakEven,
			CostInputs inputs, CostAssumptions assumptions) {
		if (!answered || model.functionsArchitecture() == null || model.oneServiceArchitecture() == null) {
			return null;
		}
		if (breakEven == null) {
			return (model.monthlyUsd(model.functionsArchitecture(), volume, inputs, assumptions) < model
				.monthlyUsd(model.oneServiceArchitecture(), volume, inputs, assumptions)) ? "cheaper" : "dearer";
		}
		double ratio = volume / breakEven;
		return (ratio < 0.1) ? "farBelow"
				: (ratio < 0.5) ? "below" : (ratio < 2) ? "near" : (ratio < 10) ? "above" : "farAbove";
	}

	private static List<CostView.Effect> effects(Evaluation evaluation, String costCriterion,
			List<String> architectures) {
		Map<String, Integer> effects = evaluation.criteria()
			.stream()
			.filter((result) -> result.criterion().equals(costCriterion))
			.map(CriterionResult::reasons)
			.flatMap(List::stream)
			.filter((reason) -> reason.ruleId().equals(CatalogueMessages.COST_MODEL_REASON))
			.map(Reason::effects)
			.findFirst()
			.orElse(Map.of());
		List<CostView.Effect> list = new ArrayList<>();
		for (String architecture : architectures) {
			Integer effect = effects.get(architecture);
			if (effect != null && effect != 0) {
				list.add(new CostView.Effect(architecture, (effect > 0) ? "+" + effect : "\u2212" + (-effect)));
			}
		}
		return list;
	}

	private List<CostView.Figure> workload(CostModelSpec spec, Answers answers, CostInputs inputs,
			CostAssumptions assumptions) {
		List<CostView.Figure> figures = new ArrayList<>();
		figures.add(new CostView.Figure("requests", grouped(inputs.requestsPerMonth()),
				answered(spec.requests(), answers)));
		figures
			.add(new CostView.Figure("duration", grouped(inputs.avgDurationMs()), answered(spec.duration(), answers)));
		figures.add(new CostView.Figure("memory", grouped(inputs.memoryMb()), answered(spec.memory(), answers)));
		figures
			.add(new CostView.Figure("peak", grouped(inputs.peakToAverage()), answered(spec.peakToAverage(), answers)));
		figures.add(new CostView.Figure("services", Integer.toString(inputs.servicesCount()),
				assumptions.servicesCount() != null));
		if (spec.internalCalls() != null) {
			figures.add(new CostView.Figure("calls", grouped(inputs.internalCallsPerRequest()),
					assumptions.ownership().internalCallsPerRequest() != null));
		}
		if (spec.people() != null) {
			figures.add(new CostView.Figure("peopleFactor", grouped(inputs.peopleFactor()),
					answeredOrStandIn(spec.people().maturity(), answers)));
		}
		return figures;
	}

	private List<CostView.Decade> decades(CostModel model, List<String> architectures, CostInputs inputs,
			CostAssumptions assumptions, Locale locale) {
		List<CostView.Decade> decades = new ArrayList<>();
		for (int exponent = (int) CostChart.MIN_EXPONENT; exponent <= CostChart.MAX_EXPONENT; exponent++) {
			double volume = Math.pow(10, exponent);
			decades.add(new CostView.Decade(volume(volume, locale),
					architectures.stream()
						.map((architecture) -> usd(
								model.monthlyUsd(architecture, volume, inputs, assumptions, Figure.INFRASTRUCTURE)))
						.toList(),
					model.pricesPeople() ? architectures.stream()
						.map((architecture) -> usd(
								model.monthlyUsd(architecture, volume, inputs, assumptions, Figure.TOTAL)))
						.toList() : List.of()));
		}
		return decades;
	}

	/** A volume in words: "950", "12 thousand", "5 million", "2.5 billion". */
	public String volume(double volume, Locale locale) {
		String[] units = { "cost.volume.billion", "cost.volume.million", "cost.volume.thousand" };
		double[] sizes = { 1e9, 1e6, 1e3 };
		for (int i = 0; i < sizes.length; i++) {
			if (volume >= sizes[i] * 0.9995) {
				double scaled = volume / sizes[i];
				String number = (scaled < 10) ? trimmed(Math.round(scaled * 10) / 10.0)
						: grouped((double) Math.round(scaled));
				return this.messages.getMessage(units[i], new Object[] { number }, locale);
			}
		}
		return grouped((double) Math.round(volume));
	}

	/** Dollars to the cent with digit grouping, e.g. {@code $1,234.50}. */
	public static String usd(Double usd) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "$" + format.format((usd != null) ? usd : 0.0);
	}

	private static String trimmed(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** Engineer-hours to one decimal, e.g. {@code 18.9}. */
	static String hours(double hours) {
		return BigDecimal.valueOf(Math.round(hours * 10) / 10.0).stripTrailingZeros().toPlainString();
	}

	/** A number as typed in a form: plain decimal notation, "" for none. */
	static String plain(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Integer integer) {
			return integer.toString();
		}
		return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
	}

	/** A number for reading: plain, with thin spaces between thousands; "" for none. */
	static String grouped(Object value) {
		String plain = plain(value);
		if (plain.isEmpty()) {
			return plain;
		}
		BigDecimal number = new BigDecimal(plain);
		if (number.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
			return plain;
		}
		DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(number).replace(',', '\u00a0');
	}

}
