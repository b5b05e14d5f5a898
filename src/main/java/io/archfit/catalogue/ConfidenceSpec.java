package io.archfit.catalogue;

import java.util.List;

/**
 * How a catalogue turns a result into a confidence, calibrated on public cases: the share
 * of cases the leader was right on, by its lead over the runner-up (points on the overall
 * scale, interpolated between knots), scaled by the share of questions answered and
 * lowered for every answer within one step that would change the recommendation; where
 * the catalogue also gives how often it was right by how many of the nearest published
 * cases chose its recommendation, that share is averaged in.
 *
 * @param knots lead over the runner-up to the chance of being right, by increasing lead
 * @param tippingPenalty how much each nearby tipping answer lowers the confidence
 * @param tippingCap the most nearby tipping answers that count
 * @param high the confidence from which it reads as high
 * @param medium the confidence from which it reads as medium (below: low)
 * @param closeCall a lead below this many points is a close call
 * @param precedents the share of published cases answered right when 0, 1, … of the
 * nearest cases chose the recommendation (index = how many agreed; empty when the
 * catalogue does not weigh them in)
 * @param sources ids of the references the method rests on
 */
public record ConfidenceSpec(List<Knot> knots, double tippingPenalty, int tippingCap, double high, double medium,
		double closeCall, List<Double> precedents, List<String> sources) {

	public ConfidenceSpec {
		knots = List.copyOf(knots);
		precedents = List.copyOf(precedents);
		sources = List.copyOf(sources);
	}

	/** One point of the calibration curve. */
	public record Knot(double lead, double right) {

	}

}
