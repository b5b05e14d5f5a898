package io.archfit.assessment.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.archfit.catalogue.CostModelSpec.Figure;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.CostInputs;
import io.archfit.evaluation.CostModel;
import io.archfit.evaluation.CostPoint;

import org.springframework.context.MessageSource;

/**
 * The break-even chart's geometry on log scales: volume from 10 thousand to 10 billion
 * requests a month, dollars a month by decade. One line per architecture for
 * infrastructure and, where people are priced, one for the total of ownership; each
 * break-even marked on its own lines.
 */
final class CostChart {

	static final int WIDTH = 640;

	static final int HEIGHT = 380;

	static final int LEFT = 64;

	static final int RIGHT = 16;

	static final int TOP = 16;

	static final int BOTTOM = 44;

	static final double MIN_EXPONENT = 4;

	static final double MAX_EXPONENT = 10;

	private static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;

	private static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

	private final CostViews views;

	private final MessageSource messages;

	private final Locale locale;

	CostChart(CostViews views, MessageSource messages, Locale locale) {
		this.views = views;
		this.messages = messages;
		this.locale = locale;
	}

	CostView.Chart of(CostModel model, List<String> architectures, CostInputs inputs, CostAssumptions assumptions,
			Double breakEven, Double totalBreakEven, double volume) {
		boolean people = model.pricesPeople();
		List<List<CostPoint>> curves = new ArrayList<>();
		List<List<CostPoint>> totals = new ArrayList<>();
		double highest = 1;
		double lowest = Double.POSITIVE_INFINITY;
		for (String architecture : architectures) {
			curves.add(model.curve(architecture, inputs, assumptions, Figure.INFRASTRUCTURE));
			if (people) {
				totals.add(model.curve(architecture, inputs, assumptions, Figure.TOTAL));
			}
		}
		for (List<List<CostPoint>> set : people ? List.of(curves, totals) : List.of(curves)) {
			for (List<CostPoint> line : set) {
				for (CostPoint point : line) {
					highest = Math.max(highest, point.monthlyUsd());
					if (point.monthlyUsd() > 0) {
						lowest = Math.min(lowest, point.monthlyUsd());
					}
				}
			}
		}
		int low = (int) Math.max(-2, Math.floor(Math.log10(Double.isInfinite(lowest) ? 0.01 : lowest)));
		int high = (int) Math.ceil(Math.log10(highest));
		if (high <= low) {
			high = low + 1;
		}
		List<CostView.Tick> xTicks = new ArrayList<>();
		for (int exponent = (int) MIN_EXPONENT; exponent <= MAX_EXPONENT; exponent++) {
			xTicks.add(new CostView.Tick(round(x(Math.pow(10, exponent))),
					this.messages.getMessage("cost.chart.tick." + exponent, null, this.locale)));
		}
		List<CostView.Tick> yTicks = new ArrayList<>();
		for (int exponent = low; exponent <= high; exponent++) {
			yTicks.add(new CostView.Tick(round(y(Math.pow(10, exponent), low, high)), dollarsTick(exponent)));
		}
		String oneService = model.oneServiceArchitecture();
		CostView.Marker even = marker(breakEven,
				(oneService != null && breakEven != null)
						? model.monthlyUsd(oneService, breakEven, inputs, assumptions, Figure.INFRASTRUCTURE) : 0,
				low, high, "cost.chart.breakEven");
		CostView.Marker totalEven = people ? marker(totalBreakEven,
				(oneService != null && totalBreakEven != null)
						? model.monthlyUsd(oneService, totalBreakEven, inputs, assumptions, Figure.TOTAL) : 0,
				low, high, "cost.chart.totalBreakEven") : null;
		CostView.Marker current = null;
		if (volume >= Math.pow(10, MIN_EXPONENT) && volume <= Math.pow(10, MAX_EXPONENT)) {
			double x = x(volume);
			current = new CostView.Marker(round(x), TOP,
					this.messages.getMessage("cost.chart.current",
							new Object[] { this.views.volume(volume, this.locale) }, this.locale),
					x > LEFT + PLOT_WIDTH * 0.6);
		}
		return new CostView.Chart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, TOP, HEIGHT - BOTTOM,
				lines(architectures, curves, low, high), lines(architectures, totals, low, high), xTicks, yTicks, even,
				totalEven, current);
	}

	private CostView.Marker marker(Double volume, double usd, int low, int high, String key) {
		if (volume == null || volume < Math.pow(10, MIN_EXPONENT) || volume > Math.pow(10, MAX_EXPONENT)) {
			return null;
		}
		double x = x(volume);
		return new CostView.Marker(round(x), round(y(usd, low, high)),
				this.messages.getMessage(key, new Object[] { this.views.volume(volume, this.locale) }, this.locale),
				x > LEFT + PLOT_WIDTH * 0.6);
	}

	private static List<CostView.Line> lines(List<String> architectures, List<List<CostPoint>> curves, int low,
			int high) {
		List<CostView.Line> lines = new ArrayList<>();
		for (int i = 0; i < curves.size(); i++) {
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
		return lines;
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

}
