package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reference evaluator's comparison of the two leading architectures, criterion by
 * criterion, written out without the engine's shortcuts.
 */
final class ReferenceComparison {

	private ReferenceComparison() {
	}

	/**
	 * Similar criteria: at most 10 points apart and moved by a rule, by weight then by
	 * gap; differences: the others, largest gap first, with the reasons that move the two
	 * differently.
	 */
	static Comparison compare(List<CriterionResult> criteria, String first, String second) {
		List<CriterionResult> similar = new ArrayList<>();
		List<CriterionGap> differences = new ArrayList<>();
		for (CriterionResult result : criteria) {
			double a = result.scores().get(first);
			double b = result.scores().get(second);
			List<Reason> moving = result.reasons()
				.stream()
				.filter((r) -> r.effects().getOrDefault(first, 0) != 0 || r.effects().getOrDefault(second, 0) != 0)
				.toList();
			if (Math.abs(a - b) <= 10.0) {
				if (!moving.isEmpty()) {
					similar.add(result);
				}
			}
			else {
				differences.add(new CriterionGap(result.criterion(), a, b, result.reasons()
					.stream()
					.filter((r) -> !r.effects().getOrDefault(first, 0).equals(r.effects().getOrDefault(second, 0)))
					.toList()));
			}
		}
		similar.sort(Comparator.comparingDouble((CriterionResult r) -> -r.weight())
			.thenComparingDouble((r) -> Math.abs(r.scores().get(first) - r.scores().get(second))));
		differences.sort(Comparator.comparingDouble((CriterionGap g) -> -g.gap()));
		List<CriterionGap> similarities = similar.stream()
			.map((r) -> new CriterionGap(r.criterion(), r.scores().get(first), r.scores().get(second), r.reasons()
				.stream()
				.filter((x) -> x.effects().getOrDefault(first, 0) != 0 || x.effects().getOrDefault(second, 0) != 0)
				.toList()))
			.toList();
		return new Comparison(first, second, similarities, differences);
	}

}
