package io.archfit.evaluation;

/**
 * What the published cases nearest to a set of answers chose, as far as it bears on the
 * confidence: a recommendation that all of them share may read as high, one that at most
 * a minority of them share reads as low, whatever its lead (see
 * {@link Evaluator#withPrecedents}).
 *
 * @param nearest how many nearest cases were looked at
 * @param agreeing how many of them chose the recommended architecture
 * @param heldBelow the level the confidence was held below because too few of them agree,
 * or null when they did not lower it
 * @param weighed how the lead's confidence and the cases' record were averaged, or null
 * when the catalogue does not weigh the cases in
 */
public record Precedents(int nearest, int agreeing, ConfidenceLevel heldBelow, Weighing weighed) {

	public Precedents {
		if (nearest < 0 || agreeing < 0 || agreeing > nearest) {
			throw new IllegalArgumentException("agreeing must lie between 0 and nearest");
		}
	}

	/** The cases looked at, before it is known whether they lower the confidence. */
	public static Precedents of(int nearest, int agreeing) {
		return new Precedents(nearest, agreeing, null, null);
	}

	/** Whether every case looked at chose the recommended architecture. */
	public boolean allAgree() {
		return this.nearest > 0 && this.agreeing == this.nearest;
	}

	/**
	 * Whether more than half of the cases looked at chose the recommended architecture.
	 */
	public boolean majorityAgrees() {
		return 2 * this.agreeing > this.nearest;
	}

	/**
	 * The two halves of a confidence that weighs the published cases in.
	 *
	 * @param byLead the confidence the lead, the answered share and the tipping answers
	 * give
	 * @param rightWhenAgreeing the share of published cases the catalogue answered as
	 * their authors chose when as many of their nearest cases agreed with it
	 * @param answeredShare the share of scored questions answered: the published cases
	 * answer every question, so their record counts for as much of it as the answers they
	 * were matched on
	 */
	public record Weighing(double byLead, double rightWhenAgreeing, double answeredShare) {

		/** The cases' half: their record, scaled by the share of questions answered. */
		public double byCases() {
			return this.rightWhenAgreeing * this.answeredShare;
		}

		/** Whether questions were left open, so the cases' record counts for less. */
		public boolean partly() {
			return this.answeredShare < 1;
		}

	}

}
