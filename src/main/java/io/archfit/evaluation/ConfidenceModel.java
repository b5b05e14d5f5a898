package io.archfit.evaluation;

import java.util.List;

import io.archfit.catalogue.ConfidenceSpec;

/**
 * How sure a recommendation is, and when it is a close call. A catalogue that calibrates
 * its confidence on public cases ({@link ConfidenceSpec}) gives the chance of being right
 * by the lead over the runner-up (interpolated between its knots), scaled by the share of
 * questions answered and lowered for each answer within one step that would change the
 * recommendation. Without one, the original formula applies:
 * {@code answered share × (0.5 + 0.5 · min(1, lead / 15))}, high from 0.70, medium from
 * 0.40, a close call below a lead of 3 points.
 */
final class ConfidenceModel {

	/** The original formula's constants. */
	static final ConfidenceModel ORIGINAL = new ConfidenceModel(null);

	private final ConfidenceSpec spec;

	ConfidenceModel(ConfidenceSpec spec) {
		this.spec = spec;
	}

	/**
	 * The confidence, rounded to two decimals.
	 * @param lead the recommended architecture's lead over the runner-up in points
	 * @param unanswered scored questions left unanswered
	 * @param scored scored questions in all
	 * @param nearbyTips answers within one step that would change the recommendation
	 */
	double confidence(double lead, int unanswered, int scored, int nearbyTips) {
		double answered = answered(unanswered, scored);
		if (this.spec == null) {
			return Scoring.round2(answered * (0.5 + 0.5 * Math.min(1.0, lead / Scoring.CONFIDENT_MARGIN)));
		}
		double fragility = 1.0 - this.spec.tippingPenalty() * Math.min(nearbyTips, this.spec.tippingCap());
		return Scoring.round2(Math.max(0, answered * right(lead) * fragility));
	}

	/**
	 * The calibrated chance of being right at a lead: linear between knots, flat beyond.
	 */
	double right(double lead) {
		List<ConfidenceSpec.Knot> knots = this.spec.knots();
		if (lead <= knots.get(0).lead()) {
			return knots.get(0).right();
		}
		for (int i = 1; i < knots.size(); i++) {
			ConfidenceSpec.Knot high = knots.get(i);
			if (lead <= high.lead()) {
				ConfidenceSpec.Knot low = knots.get(i - 1);
				return low.right() + (high.right() - low.right()) * (lead - low.lead()) / (high.lead() - low.lead());
			}
		}
		return knots.get(knots.size() - 1).right();
	}

	ConfidenceLevel level(double confidence) {
		double high = (this.spec != null) ? this.spec.high() : Scoring.HIGH_CONFIDENCE;
		double medium = (this.spec != null) ? this.spec.medium() : Scoring.MEDIUM_CONFIDENCE;
		return (confidence >= high) ? ConfidenceLevel.HIGH
				: (confidence >= medium) ? ConfidenceLevel.MEDIUM : ConfidenceLevel.LOW;
	}

	/**
	 * The level the published cases nearest to the answers hold the confidence below, or
	 * null when they do not: below high unless all of them chose the recommendation,
	 * below medium unless more than half did. Only a catalogue calibrated on the cases
	 * applies it.
	 */
	ConfidenceLevel ceiling(Precedents precedents) {
		if (this.spec == null || precedents.nearest() == 0) {
			return null;
		}
		if (!precedents.majorityAgrees()) {
			return ConfidenceLevel.MEDIUM;
		}
		return precedents.allAgree() ? null : ConfidenceLevel.HIGH;
	}

	/**
	 * How the published cases weigh into the confidence: the average of the confidence by
	 * the lead and the share of published cases the catalogue answered right when as many
	 * of their nearest cases agreed (an equal-weight combination of two forecasts), that
	 * share scaled by the share of questions answered as the lead's is; null when the
	 * catalogue gives no such shares or they were counted for another number of nearest
	 * cases.
	 */
	Precedents.Weighing weighing(double byLead, Precedents precedents, int unanswered, int scored) {
		if (this.spec == null || this.spec.precedents().size() != precedents.nearest() + 1) {
			return null;
		}
		return new Precedents.Weighing(byLead, this.spec.precedents().get(precedents.agreeing()),
				answered(unanswered, scored));
	}

	/** The share of scored questions answered. */
	private static double answered(int unanswered, int scored) {
		return 1.0 - (double) unanswered / scored;
	}

	/** The confidence of a weighing, rounded to two decimals. */
	static double weighed(Precedents.Weighing weighing) {
		return Scoring.round2((weighing.byLead() + weighing.byCases()) / 2);
	}

	/** The highest confidence that still reads below a level. */
	double below(ConfidenceLevel level) {
		double threshold = (level == ConfidenceLevel.HIGH) ? this.spec.high() : this.spec.medium();
		return Scoring.round2(threshold - 0.01);
	}

	/** Whether a lead over a viable runner-up is a close call. */
	boolean closeCall(double lead) {
		return lead < ((this.spec != null) ? this.spec.closeCall() : Scoring.CLOSE_CALL_MARGIN);
	}

	/** The distinct traits of the tipping points one step away. */
	static int nearby(List<TippingPoint> tippingPoints) {
		return (int) tippingPoints.stream()
			.filter((t) -> t.distance() == 1)
			.map(TippingPoint::trait)
			.distinct()
			.count();
	}

}
