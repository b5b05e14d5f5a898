package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.archfit.catalogue.Catalogue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's fast paths give what a straightforward computation gives, over seeded
 * random inputs (a failure names its seed):
 * <ul>
 * <li>tipping points: the engine scores an alternative answer only over the criteria it
 * moves and skips traits that cannot tip; the reference rescores every alternative from
 * scratch (all traits, all criteria);</li>
 * <li>the ranking order, near ties included: viable architectures first, and none ranked
 * before one whose overall score is clearly higher;</li>
 * <li>the break-even: the engine scans precomputed volumes; the reference computes each
 * power of ten as it scans.</li>
 * </ul>
 */
class ReferenceComputationTests {

	private static final Catalogue CATALOGUE = AnswerSets.CATALOGUE;

	private static final Evaluator EVALUATOR = new Evaluator(CATALOGUE);

	private static final Evaluator.Model MODEL = new Evaluator.Model(CATALOGUE);

	private static final CostModel COST_MODEL = new CostModel();

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("io.archfit.evaluation.AnswerSets#seeds")
	void tippingPointsAreThoseOfRescoringEveryAlternative(long seed) {
		Answers answers = AnswerSets.random(seed);
		List<String> priorities = AnswerSets.randomPriorities(seed);
		CostAssumptions assumptions = assumptions(seed);
		List<TippingPoint> found = EVALUATOR.evaluate(answers, priorities, assumptions).tippingPoints();
		assertSameOrder(found, reference(answers, priorities, assumptions), "seed " + seed);
	}

	@Test
	void tippingPointsOfThePublicCasesAreThoseOfRescoringEveryAlternative() {
		List<String> priorities = List.of("cost", "complexity");
		for (Answers answers : AnswerSets.publicCases()) {
			List<TippingPoint> found = EVALUATOR.evaluate(answers, priorities, null).tippingPoints();
			assertSameOrder(found, reference(answers, priorities, null), answers.toString());
		}
	}

	@Test
	void rankingPutsViableArchitecturesFirstAndNoneClearlyBehindBeforeAnother() {
		Random random = new Random(42);
		for (int round = 0; round < 20_000; round++) {
			int count = 1 + random.nextInt(6);
			double[] overall = new double[count];
			int[] koCount = new int[count];
			for (int a = 0; a < count; a++) {
				// few distinct scores a point apart, nudged by less and more than the tie
				// tolerance
				overall[a] = 50 + random.nextInt(3) + (random.nextInt(5) - 2) * Evaluator.TIE * 0.7;
				koCount[a] = (random.nextInt(4) == 0) ? 1 : 0;
			}
			int[] order = Evaluator.rank(overall, koCount);
			String input = Arrays.toString(overall) + " " + Arrays.toString(koCount);
			assertThat(order).as(input).containsExactlyInAnyOrder(IntStream.range(0, count).toArray());
			for (int i = 0; i < count; i++) {
				for (int j = i + 1; j < count; j++) {
					int before = order[i];
					int after = order[j];
					assertThat(koCount[before] > 0 && koCount[after] == 0)
						.as("%s: viable %d after %d", input, after, before)
						.isFalse();
					if ((koCount[before] == 0) == (koCount[after] == 0)) {
						assertThat(overall[after] - overall[before])
							.as("%s: %d clearly ahead of %d", input, after, before)
							.isLessThan(0.5);
					}
				}
			}
		}
	}

	@Test
	void breakEvenIsThatOfScanningWithPowersComputedOnTheWay() {
		Random random = new Random(7);
		for (int round = 0; round < 3_000; round++) {
			CostInputs inputs = new CostInputs(0, Math.exp(random.nextDouble() * 14), 64 + random.nextInt(10_000),
					1 + random.nextDouble() * 30, 1 + random.nextInt(20));
			CostAssumptions assumptions = randomAssumptions(random);
			for (String first : CostModel.ARCHITECTURES) {
				for (String second : CostModel.ARCHITECTURES) {
					assertThat(COST_MODEL.breakEven(first, second, inputs, assumptions))
						.as("%s/%s %s %s", first, second, inputs, assumptions)
						.isEqualTo(referenceBreakEven(first, second, inputs, assumptions));
				}
			}
		}
	}

	/** Every fourth seed edits the prices, so that the cost model's bands move. */
	private static CostAssumptions assumptions(long seed) {
		Random random = new Random(seed * 7919 + 1);
		return (random.nextInt(4) == 0) ? randomAssumptions(random) : null;
	}

	private static CostAssumptions randomAssumptions(Random random) {
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		for (String name : List.of("faasRequestPerMillionUsd", "faasGbSecondUsd", "vcpuHourUsd", "gbHourUsd",
				"loadBalancerMonthlyUsd")) {
			double value = ((Number) CostAssumptions.defaults().toMap().get(name)).doubleValue();
			values.put(name, value * Math.exp((random.nextDouble() - 0.5) * 4));
		}
		values.put("cpuShare", 0.05 + random.nextDouble() * 0.95);
		if (random.nextBoolean()) {
			values.put("servicesCount", 1 + random.nextInt(20));
		}
		return CostAssumptions.fromMap(values);
	}

	/**
	 * Found tipping points in the reference's order: nearest first, then the clearest new
	 * lead, then wizard order. Where two leads differ by rounding only (1e-9 points) the
	 * two may come in either order.
	 */
	private static void assertSameOrder(List<TippingPoint> found, List<Found> reference, String what) {
		assertThat(found).as(what).hasSameSizeAs(reference);
		int from = 0;
		while (from < reference.size()) {
			int to = from + 1;
			while (to < reference.size() && reference.get(to).point.distance() == reference.get(from).point.distance()
					&& Math.abs(reference.get(to).margin - reference.get(to - 1).margin) <= 1e-9) {
				to++;
			}
			assertThat(found.subList(from, to)).as("%s, tipping points %d to %d", what, from, to - 1)
				.containsExactlyInAnyOrderElementsOf(reference.subList(from, to).stream().map(Found::point).toList());
			from = to;
		}
	}

	/**
	 * Every other answer of every trait, in wizard order, each scored from scratch: "not
	 * sure" and every slot of a trait (for the cost model's numbers every slot in every
	 * band, as the value nearest to the answer that reaches it).
	 */
	private static List<Found> reference(Answers answers, List<String> priorities, CostAssumptions given) {
		Evaluator.Model m = MODEL;
		String[] values = new String[m.traits.length];
		int[] slots = m.slots(answers, values);
		double[] weights = m.weights(priorities);
		CostAssumptions assumptions = (given != null) ? given : EVALUATOR.defaultAssumptions();
		Evaluator.CostContext cost = m.costContext(answers, assumptions);
		Evaluator.State state = m.state(slots, weights, cost.band);
		cost.breakEven = COST_MODEL.breakEven(cost.inputs, assumptions);
		List<Found> found = new ArrayList<>();
		for (int t : m.wizardOrder) {
			Evaluator.CompiledTrait trait = m.traits[t];
			String id = trait.trait.id();
			int role = m.costRole[t];
			boolean bandMoves = role != Evaluator.ROLE_NONE && (role == Evaluator.ROLE_VOLUME || state.band >= 0);
			int current = slots[t];
			if (!bandMoves || trait.trait.isChoice()) {
				for (int alternative = -1; alternative < trait.slotCount; alternative++) {
					if (alternative == current) {
						continue;
					}
					int band = bandMoves
							? cost.bandWith(role, (alternative >= 0) ? trait.optionOrNull(alternative) : null)
							: state.band;
					Evaluator.State changed = rescore(slots, weights, t, alternative, band);
					if (flips(state, changed)) {
						String to = (alternative >= 0) ? trait.alternativeText(current, alternative) : null;
						int distance = (current >= 0 && alternative >= 0) ? Math.abs(alternative - current) : 1;
						found
							.add(new Found(new TippingPoint(id, values[t], to, m.architectures[changed.best], distance),
									margin(changed)));
					}
				}
				continue;
			}
			double value = (values[t] != null) ? Double.parseDouble(values[t]) : Double.NaN;
			if (current >= 0) {
				Evaluator.State changed = rescore(slots, weights, t, -1, cost.bandWith(role, null));
				if (flips(state, changed)) {
					found.add(new Found(new TippingPoint(id, values[t], null, m.architectures[changed.best], 1),
							margin(changed)));
				}
			}
			for (int alternative = 0; alternative < trait.slotCount; alternative++) {
				for (int band = 0; band < CostCriterion.BANDS; band++) {
					if (alternative == current && band == state.band) {
						continue;
					}
					Evaluator.State changed = rescore(slots, weights, t, alternative, band);
					if (!flips(state, changed)) {
						continue;
					}
					String text = cost.nearest(role, trait, alternative, band, value);
					if (text != null) {
						int steps = (current >= 0) ? Math.abs(alternative - current) : 1;
						int distance = Math.max(1, steps + ((state.band >= 0) ? Math.abs(band - state.band) : 0));
						found.add(new Found(
								new TippingPoint(id, values[t], text, m.architectures[changed.best], distance),
								margin(changed)));
					}
				}
			}
		}
		List<Found> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt((Found f) -> f.point.distance())
			.thenComparing(Comparator.comparingDouble(Found::margin).reversed()));
		return sorted;
	}

	/** The scores with one trait's answer slot (and the cost model's band) replaced. */
	private static Evaluator.State rescore(int[] slots, double[] weights, int t, int slot, int band) {
		int[] changed = slots.clone();
		changed[t] = slot;
		return MODEL.state(changed, weights, band);
	}

	private static boolean flips(Evaluator.State before, Evaluator.State after) {
		return after.koCount[after.best] == 0 && after.best != before.best;
	}

	private static double margin(Evaluator.State state) {
		return (state.second >= 0) ? state.overall[state.best] - state.overall[state.second] : 100.0;
	}

	/** The straightforward break-even: the scan computes each volume as it goes. */
	private static Double referenceBreakEven(String first, String second, CostInputs inputs,
			CostAssumptions assumptions) {
		double lo = Math.log10(CostModel.BREAK_EVEN_MIN);
		double hi = Math.log10(CostModel.BREAK_EVEN_MAX);
		int steps = (int) Math.round((hi - lo) * 8);
		double signedFrom = Double.NaN;
		int sign = 0;
		for (int i = 0; i <= steps; i++) {
			double x = lo + (hi - lo) * i / steps;
			int current = (int) Math.signum(difference(first, second, x, inputs, assumptions));
			if (current == 0) {
				continue;
			}
			if (sign == 0) {
				sign = current;
			}
			else if (current != sign) {
				double below = signedFrom;
				double above = x;
				for (int k = 0; k < 60 && above - below > 1e-12; k++) {
					double middle = (below + above) / 2;
					if (Math.signum(difference(first, second, middle, inputs, assumptions)) == sign) {
						below = middle;
					}
					else {
						above = middle;
					}
				}
				return Math.pow(10, above);
			}
			signedFrom = x;
		}
		return null;
	}

	private static double difference(String first, String second, double log10Volume, CostInputs inputs,
			CostAssumptions assumptions) {
		double volume = Math.pow(10, log10Volume);
		return COST_MODEL.monthlyUsd(first, volume, inputs, assumptions)
				- COST_MODEL.monthlyUsd(second, volume, inputs, assumptions);
	}

	private record Found(TippingPoint point, double margin) {
	}

}
