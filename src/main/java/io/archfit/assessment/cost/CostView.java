package io.archfit.assessment.cost;

import java.util.List;

/**
 * What the cost section shows of an evaluation's cost estimate, laid out for the
 * template: the estimates with their breakdown, the break-even chart's geometry, the
 * workload used and the assumptions. Money and volumes are already formatted.
 *
 * @param rows one per architecture, in catalogue order
 * @param parts the breakdown part names, in column order
 * @param cheapest the id of the cheapest architecture at this volume
 * @param breakEven the break-even volume in words, or null when the lines never cross
 * @param volume the volume used, in words
 * @param volumeAnswered false when the volume is the default of an unanswered question
 * @param position where the volume sits against the break-even ({@code farBelow},
 * {@code below}, {@code near}, {@code above}, {@code farAbove}; {@code cheaper} or
 * {@code dearer} when the lines never cross), or null when the volume is unanswered
 * @param effects the cost model's effect on the cost criterion, architecture id to a
 * signed number ("+2", "−1"), in catalogue order; empty when none
 * @param workload the workload figures used
 * @param chart the break-even chart
 * @param decades the costs at each decade of volume (the chart as a table)
 * @param assumptions every assumption with its default
 * @param pricingDate the date the defaults were taken
 * @param edited true when some assumption differs from its default
 */
public record CostView(List<Row> rows, List<String> parts, String cheapest, String breakEven, String volume,
		boolean volumeAnswered, String position, List<Effect> effects, List<Figure> workload, Chart chart,
		List<Decade> decades, List<Assumption> assumptions, String pricingDate, boolean edited) {

	/** One architecture's monthly estimate and its parts, formatted as dollars. */
	public record Row(String architecture, String monthly, double monthlyUsd, List<String> parts, boolean cheapest) {

	}

	/** The cost model's effect on one architecture's cost score. */
	public record Effect(String architecture, String effect) {

	}

	/** One workload figure the estimate used, and whether it was answered. */
	public record Figure(String key, String value, boolean answered) {

	}

	/**
	 * The chart: lines as SVG point lists, axis ticks, the break-even and the current
	 * volume (null when off the chart).
	 */
	public record Chart(int width, int height, int left, int right, int top, int bottom, List<Line> lines,
			List<Tick> xTicks, List<Tick> yTicks, Marker breakEven, Marker current) {

	}

	/** One architecture's line. */
	public record Line(String architecture, String points) {

	}

	/** An axis tick at a position, with its label. */
	public record Tick(double at, String label) {

	}

	/** A marked point with its label. */
	public record Marker(double x, double y, String label, boolean labelLeft) {

	}

	/** The cost of each architecture at one volume. */
	public record Decade(String volume, List<String> costs) {

	}

	/**
	 * One assumption: its name, current and default value as text, whether it differs,
	 * and the value to put in a form field ("" for "from the domain size").
	 */
	public record Assumption(String name, String value, String defaultValue, boolean changed, String input,
			String error) {

		public String param() {
			return "a." + this.name;
		}

		public String fieldId() {
			return "as-" + this.name;
		}

		public String errorId() {
			return "as-err-" + this.name;
		}

	}

}
