package io.archfit.evaluation;

import java.util.List;

/**
 * The two compared architectures' scores on one criterion.
 *
 * @param criterion criterion id
 * @param firstScore score of {@link Comparison#first()}
 * @param secondScore score of {@link Comparison#second()}
 * @param reasons the rules that set them apart or keep them together
 */
public record CriterionGap(String criterion, double firstScore, double secondScore, List<Reason> reasons) {

	public CriterionGap {
		reasons = List.copyOf(reasons);
	}

	public double gap() {
		return Math.abs(this.firstScore - this.secondScore);
	}

}
