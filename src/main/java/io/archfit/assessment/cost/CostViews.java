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
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.ArchitectureCost;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CostEstimate;
import io.archfit.evaluation.CostInputs;
import io.archfit.evaluation.CostModel;
import io.archfit.evaluation.CostPoint;
import io.archfit.evaluation.CriterionResult;
import io.archfit.evaluation.Evaluation;
import io.archfit.evaluation.Evaluator;
import io.archfit.evaluation.Reason;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays an evaluation's cost estimate out for the report, the what-if page and the
 * assumptions form: dollars, volumes in words, and the break-even chart on log scales
 * (volume from 10 thousand to 10 billion requests a month, dollars a month by decade).
 */
@Component
public class CostViews {

	static final int WIDTH = 640;

	static final int HEIGHT = 380;

	static final int LEFT = 64;

	static final int RIGHT = 16;

	static final int TOP = 16;

	static final int BOTTOM = 44;

	private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;

	private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

	private static final double MIN_EXPONENT = 4;

	private static final double MAX_EXPONENT = 10;

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
		String cheapest = cost.estimates()
			.stream()
			.min((a, b) -> Double.compare(a.monthlyUsd(), b.monthlyUsd()))
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
							CostModel.PARTS.stream().map((part) -> usd(estimate.breakdown().get(part))).toList(),
							architecture.equals(cheapest))));
		}
		Double breakEven = cost.breakEvenRequestsPerMonth();
		boolean volumeAnswered = answered(spec.requests(), answers);
		double volume = inputs.requestsPerMonth();
		return new CostView(rows, CostModel.PARTS, cheapest, (breakEven != null) ? volume(breakEven, locale) : null,
				volume(volume, locale), volumeAnswered,
				position(model, volumeAnswered, volume, breakEven, inputs, assumptions),
				effects(evaluation, spec.criterion(), architectures), workload(spec, answers, inputs, assumptions),
				chart(model, architectures, inputs, assumptions, breakEven, volume, locale),
				decades(model, architectures, inputs, assumptions, locale),
				assumptions(catalogue, assumptions, submitted, errors), catalogue.pricingDate(),
				!assumptions.changedFromDefaults().isEmpty());
	}

	/** The assumption rows alone, for a form that failed validation. */
	public List<CostView.Assumption> assumptions(Catalogue catalogue, CostAssumptions assumptions,
			Map<String, String> submitted, Map<String, String> errors) {
		CostAssumptions defaults = Evaluator.defaultAssumptions(catalogue);
		Map<String, Object> values = assumptions.toMap();
		Map<String, Object> defaultValues = defaults.toMap();
		List<String> changed = assumptions.changedFromDefaults();
		List<CostView.Assumption> rows = new ArrayList<>();
		for (String name : CostAssumptions.NAMES) {
			Object value = values.get(name);
			String input = submitted.containsKey(name) ? submitted.get(name) : plain(value);
			rows.add(new CostView.Assumption(name, grouped(value), grouped(defaultValues.get(name)),
					changed.contains(name), input, errors.get(name)));
		}
		return rows;
	}

	private static boolean answered(CostModelSpec.CostInput input, Answers answers) {
		return input.trait() != null && answers.isAnswered(input.trait());
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
		return figures;
	}

	private CostView.Chart chart(CostModel model, List<String> architectures, CostInputs inputs,
			CostAssumptions assumptions, Double breakEven, double volume, Locale locale) {
		double highest = 1;
		double lowest = Double.POSITIVE_INFINITY;
		List<List<CostPoint>> curves = new ArrayList<>();
		for (String architecture : architectures) {
			List<CostPoint> curve = model.curve(architecture, inputs, assumptions);
			curves.add(curve);
			for (CostPoint point : curve) {
				highest = Math.max(highest, point.monthlyUsd());
				if (point.monthlyUsd() > 0) {
					lowest = Math.min(lowest, point.monthlyUsd());
				}
			}
		}
		int low = (int) Math.max(-2, Math.floor(Math.log10(Double.isInfinite(lowest) ? 0.01 : lowest)));
		int high = (int) Math.ceil(Math.log10(highest));
		if (high <= low) {
			high = low + 1;
		}
		List<CostView.Line> lines = new ArrayList<>();
		for (int i = 0; i < architectures.size(); i++) {
			StringBuilder points = new StringBuilder();
			for (CostPoint point : curves.get(i)) {
				if (points.length() > 0) {
					points.append(' ');
				}
				points.append(round(x(point.requestsPerMonth())))
					.append(',')
					.append(round(y(point.monthlyUsd(), low, high)));
			}
			lines.add(new CostView.Line(architectures.get(i), points.toString()));
		}
		List<CostView.Tick> xTicks = new ArrayList<>();
		for (int exponent = (int) MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
			xTicks.add(new CostView.Tick(round(x(Math.pow(10, exponent))),
					message("cost.chart.tick." + exponent, locale)));
		}
		List<CostView.Tick> yTicks = new ArrayList<>();
		for (int exponent = low; exponent <= high; exponent++) {
			yTicks.add(new CostView.Tick(round(y(Math.pow(10, exponent), low, high)), dollarsTick(exponent)));
		}
		CostView.Marker even = null;
		if (breakEven != null && breakEven >= Math.pow(10, MIN_EXPONENT) && breakEven <= Math.pow(10, MAX_EXPONENT)) {
			double x = x(breakEven);
			double y = y(model.monthlyUsd(model.oneServiceArchitecture(), breakEven, inputs, assumptions), low, high);
			even = new CostView.Marker(round(x), round(y), this.messages.getMessage("cost.chart.breakEven",
					new Object[] { volume(breakEven, locale) }, locale), x > LEFT + PLOT_WIDTH * 0.6);
		}
		CostView.Marker current = null;
		if (volume >= Math.pow(10, MIN_EXPONENT) && volume <= Math.pow(10, MAX_EXPONENT)) {
			double x = x(volume);
			current = new CostView.Marker(round(x), TOP,
					this.messages.getMessage("cost.chart.current", new Object[] { volume(volume, locale) }, locale),
					x > LEFT + PLOT_WIDTH * 0.6);
		}
		return new CostView.Chart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM, lines, xTicks, yTicks, even,
				current);
	}

	private List<CostView.Decade> decades(CostModel model, List<String> architectures, CostInputs inputs,
			CostAssumptions assumptions, Locale locale) {
		List<CostView.Decade> decades = new ArrayList<>();
		for (int exponent = (int) MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
			double volume = Math.pow(10, exponent);
			decades.add(new CostView.Decade(volume(volume, locale),
					architectures.stream()
						.map((architecture) -> usd(model.monthlyUsd(architecture, volume, inputs, assumptions)))
						.toList()));
		}
		return decades;
	}

	private static double x(double volume) {
		double exponent = Math.log10(Math.max(volume, 1));
		return LEFT + (exponent - MIN_EXPONENT) / (MAX_EXPONENT - MIN_EXPONENT) * PLOT_WIDTH;
	}

	private static double y(double usd, int low, int high) {
		double exponent = Math.log10(Math.max(usd, Math.pow(10, low)));
		return TOP + PLOT_HEIGHT - (exponent - low) / (high - low) * PLOT_HEIGHT;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
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

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String dollarsTick(int exponent) {
		if (exponent < 0) {
			return "$" + BigDecimal.ONE.scaleByPowerOfTen(exponent).toPlainString();
		}
		if (exponent >= 6) {
			return "$" + BigDecimal.ONE.scaleByPowerOfTen(exponent - 6).toPlainString() + "M";
		}
		if (exponent >= 3) {
			return "$" + BigDecimal.ONE.scaleByPowerOfTen(exponent - 3).toPlainString() + "k";
		}
		return "$" + BigDecimal.ONE.scaleByPowerOfTen(exponent).toPlainString();
	}

	/** Dollars to the cent with digit grouping, e.g. {@code $1,234.50}. */
	public static String usd(Double usd) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return "$" + format.format((usd != null) ? usd : 0.0);
	}

	private static String trimmed(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
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
		return format.format(number).replace(',', '\u202f');
	}

}
