package io.archfit.assessment.cost;

import java.util.List;

/**
 * What the cost section shows of an evaluation's cost estimate, laid out for the
 * template: the estimates with their breakdown, the break-even chart's geometry, the
 * workload used and the assumptions. Money and volumes are already formatted.
 *
 * @param rows one per architecture, in catalogue order
 * @param parts the infrastructure part names, in column order
 * @param pricesPeople whether the catalogue prices the people who run each architecture
 * (a people column and the total of ownership are shown)
 * @param cheapest the id of the architecture with the lowest figure the cost criterion
 * compares
 * @param breakEven the break-even volume of infrastructure in words, or null when the
 * lines never cross
 * @param totalBreakEven the break-even volume of the total of ownership in words, or null
 * when the lines never cross or people are not priced
 * @param criterionFigure the figure the cost criterion compares: {@code infrastructure}
 * or {@code total}
 * @param volume the volume used, in words
 * @param volumeAnswered false when the volume is the default of an unanswered question
 * @param position where the volume sits against the break-even of the criterion's figure
 * ({@code farBelow}, {@code below}, {@code near}, {@code above}, {@code farAbove};
 * {@code cheaper} or {@code dearer} when the lines never cross), or null when the volume
 * is unanswered
 * @param effects the cost model's effect on the cost criterion, architecture id to a
 * signed number ("+2", "−1"), in catalogue order; empty when none
 * @param workload the workload figures used
 * @param difference how the services system's cost differs from one service's, part by
 * part, or null when the catalogue hosts no architecture in one of the two ways
 * @param chart the break-even chart
 * @param decades the costs at each decade of volume (the chart as a table)
 * @param assumptions every assumption the estimate uses, with its default
 * @param pricingDate the date the hosting defaults were taken
 * @param edited true when some assumption differs from its default
 */
public record CostView(List<Row> rows, List<String> parts, boolean pricesPeople, String cheapest, String breakEven,
		String totalBreakEven, String criterionFigure, String volume, boolean volumeAnswered, String position,
		List<Effect> effects, List<Figure> workload, Difference difference, Chart chart, List<Decade> decades,
		List<Assumption> assumptions, String pricingDate, boolean edited) {

	/**
	 * One architecture's monthly estimate and its parts, formatted as dollars:
	 * infrastructure ({@code monthly}), people with their engineer-hours, and the total
	 * of ownership (both "" when people are not priced).
	 */
	public record Row(String architecture, String monthly, double monthlyUsd, List<String> parts, String people,
			String peopleHours, String total, boolean cheapest) {

	}

	/** The cost model's effect on one architecture's cost score. */
	public record Effect(String architecture, String effect) {

	}

	/** One workload figure the estimate used, and whether it was answered. */
	public record Figure(String key, String value, boolean answered) {

	}

	/**
	 * How the services-hosted architecture's monthly cost differs from the one-service
	 * architecture's: one line per part that differs, the infrastructure difference and,
	 * where people are priced, the difference in total.
	 */
	public record Difference(String services, String oneService, List<DifferenceLine> lines, String infrastructure,
			String total) {

	}

	/**
	 * One part of the difference: its name, the signed amount, and whether it is more.
	 */
	public record DifferenceLine(String part, String amount, boolean more) {

	}

	/**
	 * The chart: lines as SVG point lists (infrastructure, and the total of ownership
	 * where people are priced, else empty), axis ticks, both break-evens (null when off
	 * the chart) and the current volume (null when off the chart).
	 */
	public record Chart(int width, int height, int left, int right, int top, int bottom, List<Line> lines,
			List<Line> totalLines, List<Tick> xTicks, List<Tick> yTicks, Marker breakEven, Marker totalBreakEven,
			Marker current) {

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

	/**
	 * The cost of each architecture at one volume: infrastructure, and the totals of
	 * ownership (empty when people are not priced).
	 */
	public record Decade(String volume, List<String> costs, List<String> totals) {

	}

	/**
	 * One assumption: its name, current and default value as text, whether it differs,
	 * the value to put in a form field ("" for "from the answers"), whether its default
	 * is an estimate rather than a list price, and the date the default was taken.
	 */
	public record Assumption(String name, String value, String defaultValue, boolean changed, String input,
			String error, boolean estimate, String taken) {

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
