package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Trait;
import io.archfit.catalogue.TraitType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A trait compiled into slots, with what each slot does and the move table a
 * tipping-point search reads: two architectures, three criteria.
 */
class CompiledTraitTests {

	private static final int ARCHITECTURES = 2;

	private static final int CRITERIA = 3;

	private static final Trait SIZE = new Trait("size", "s", TraitType.CHOICE, List.of("small", "medium", "large"), 0,
			0, false);

	private static final Trait ENGINEERS = new Trait("engineers", "s", TraitType.INTEGER, List.of(), 1, 100000, false);

	private static final Trait PEAK = new Trait("peak", "s", TraitType.NUMBER, List.of(), 1, 100, false);

	@Test
	void aChoiceHasOneSlotPerOptionAndKnowsWhatEachDoes() {
		CompiledTrait.Builder builder = new CompiledTrait.Builder(SIZE, new double[0], ARCHITECTURES, CRITERIA);
		builder.addEffect(0, 0, 1, 2);
		builder.addEffect(2, 1, 2, -1);
		builder.addKnockOut(2, 0, true);
		CompiledTrait trait = builder.build(-1, -1);

		assertThat(trait.slotCount).isEqualTo(3);
		assertThat(trait.slotOf("medium")).isEqualTo(1);
		assertThatIllegalArgumentException().isThrownBy(() -> trait.slotOf("huge")).withMessageContaining("huge");
		assertThat(trait.touched).containsExactly(1, 2);
		assertThat(trait.relevant).isTrue();
		assertThat(trait.knocksOut).isTrue();
		assertThat(trait.effectAt[0]).containsExactly(1);
		assertThat(trait.effectAt[1]).isEmpty();
		assertThat(trait.effectAt[2]).containsExactly(CRITERIA + 2);
		assertThat(trait.firesAt(new Condition.OnTrait("size", List.of("small", "large"), null, null)))
			.containsExactly(true, false, true);
		assertThat(trait.alternativeText(0, 2)).isEqualTo("large");
	}

	@Test
	void aTraitWithoutEffectsIsNotRelevant() {
		CompiledTrait trait = new CompiledTrait.Builder(SIZE, new double[0], ARCHITECTURES, CRITERIA).build(-1, -1);
		assertThat(trait.relevant).isFalse();
		assertThat(trait.knocksOut).isFalse();
		assertThat(trait.touched).isEmpty();
	}

	@Test
	void aNumberFallsIntoTheIntervalBetweenThresholds() {
		CompiledTrait trait = new CompiledTrait.Builder(ENGINEERS, new double[] { 9, 50 }, ARCHITECTURES, CRITERIA)
			.build(-1, -1);
		assertThat(trait.slotCount).isEqualTo(3);
		assertThat(trait.slotOf("8")).isZero();
		assertThat(trait.slotOf("9")).isEqualTo(1);
		assertThat(trait.slotOf("49")).isEqualTo(1);
		assertThat(trait.slotOf("50")).isEqualTo(2);
		assertThat(trait.low(1)).isEqualTo(9);
		assertThat(trait.high(1)).isEqualTo(50);
		assertThat(trait.high(2)).isEqualTo(100000);
		assertThat(trait.firesAt(new Condition.OnTrait("engineers", List.of(), null, 9.0))).containsExactly(true, false,
				false);
		assertThat(trait.firesAt(new Condition.OnTrait("engineers", List.of(), 50.0, null))).containsExactly(false,
				false, true);
		assertThatIllegalArgumentException().isThrownBy(() -> trait.slotOf("many"));
		assertThatIllegalArgumentException().isThrownBy(() -> trait.slotOf("Infinity"));
	}

	@Test
	void anotherSlotOfANumberIsRepresentedJustAcrossItsNearestThreshold() {
		CompiledTrait engineers = new CompiledTrait.Builder(ENGINEERS, new double[] { 9, 50 }, ARCHITECTURES, CRITERIA)
			.build(-1, -1);
		assertThat(engineers.alternativeText(1, 2)).isEqualTo("50");
		assertThat(engineers.alternativeText(1, 0)).isEqualTo("8");
		assertThat(engineers.alternativeText(-1, 0)).isEqualTo("8");
		CompiledTrait peak = new CompiledTrait.Builder(PEAK, new double[] { 2, 5 }, ARCHITECTURES, CRITERIA).build(-1,
				-1);
		assertThat(peak.alternativeText(2, 1)).isEqualTo("4.9");
		assertThat(peak.alternativeText(0, 2)).isEqualTo("5");
	}

	@Test
	void theMoveTableHoldsTheChangeOfEveryNetEffectForEveryChangeOfAnswer() {
		CompiledTrait.Builder builder = new CompiledTrait.Builder(SIZE, new double[0], ARCHITECTURES, CRITERIA);
		builder.addEffect(0, 0, 0, 2);
		builder.addEffect(0, 1, 0, -2);
		builder.addEffect(2, 0, 1, -1);
		builder.addEffect(2, 1, 1, 1);
		CompiledTrait trait = builder.build(2, -1);
		MoveTable moves = trait.moves;
		int notSure = trait.slotCount;

		// small → large: criterion 0 loses 2 and criterion 1 loses 1 for architecture 0
		assertThat(entries(moves, moves.row(0, 2, false))).containsExactly(new int[] { 0, -2, 0 },
				new int[] { 1, -1, 0 });
		assertThat(entries(moves, moves.row(0, 2, false) + 1)).containsExactly(new int[] { 0, 2, 0 },
				new int[] { 1, 1, 0 });
		// not sure → small
		assertThat(entries(moves, moves.row(notSure, 0, false))).containsExactly(new int[] { 0, 2, 0 });
		// no change of answer moves nothing, unless the cost band changes: then the cost
		// criterion (2) is listed too
		assertThat(entries(moves, moves.row(1, 1, false))).isEmpty();
		assertThat(entries(moves, moves.row(1, 1, true))).containsExactly(new int[] { 2, 0, 0 });
		// from medium, the farthest any answer moves architecture 0 on criterion 0 is 2
		assertThat(moves.reach(1)[0]).isEqualTo(2);
		assertThat(moves.reach(1)[1]).isEqualTo(1);
	}

	@Test
	void theSpillOverRowCarriesTheReceiversEffectsAndItsLift() {
		CompiledTrait.Builder builder = new CompiledTrait.Builder(SIZE, new double[0], ARCHITECTURES, CRITERIA);
		builder.addEffect(1, 1, 0, 1);
		builder.addSpill(1, 0, 1);
		CompiledTrait trait = builder.build(-1, 1);
		MoveTable moves = trait.moves;
		int spillRow = moves.row(0, 1, false) + ARCHITECTURES;
		assertThat(entries(moves, spillRow)).containsExactly(new int[] { 0, 1, 1 });
		assertThat(moves.reach(0)[ARCHITECTURES * CRITERIA]).isEqualTo(2);
	}

	private static List<int[]> entries(MoveTable moves, int row) {
		List<int[]> entries = new ArrayList<>();
		for (int k = moves.offset(row); k < moves.offset(row + 1); k++) {
			entries.add(new int[] { moves.criterion(k), moves.effect(k), moves.spill(k) });
		}
		return entries;
	}

}
