package io.archfit.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.archfit.catalogue.Condition;
import io.archfit.catalogue.Trait;
import io.archfit.catalogue.TraitType;

/**
 * A trait's answers reduced to slots — the options of a choice trait, or the intervals
 * between the thresholds the conditions use for a numeric one — with what each slot does:
 * its effects on every architecture and criterion, its spill-over lift, its knock-outs.
 * Every answer in a slot has the same effects from the rules about this trait alone;
 * rules that combine several answers are evaluated apart ({@link DynamicRules}).
 * Immutable; made by a {@link Builder}.
 */
final class CompiledTrait {

	final Trait trait;

	private final Map<String, Integer> optionIndex;

	/** Sorted thresholds; slot k is [thresholds[k-1], thresholds[k]). */
	final double[] thresholds;

	final int slotCount;

	/** Effect per slot, indexed architecture × criterion. */
	final int[][] effects;

	/** Spill-over lift per slot and criterion. */
	final int[][] spill;

	/** Knock-outs per slot and architecture. */
	final int[][] koCount;

	/** Knock-outs that leave no room for spill-over, per slot and architecture. */
	final int[][] koHard;

	/** Zero effects and spill-over, for "not sure". */
	final int[] none;

	/** Criteria any slot of this trait moves. */
	final int[] touched;

	/** Every criterion, in order (for changes that move them all). */
	final int[] allCriteria;

	/** Whether some slot has an effect, a spill-over or a knock-out. */
	final boolean relevant;

	/** Whether some slot knocks an architecture out. */
	final boolean knocksOut;

	/** Whether a rule or knock-out that combines answers tests this trait. */
	final boolean dynamic;

	/** Per slot: where its effects are not 0. */
	final int[][] effectAt;

	/** Per slot: where its spill-over is not 0. */
	final int[][] spillAt;

	/** What each change of answer moves. */
	final MoveTable moves;

	private CompiledTrait(Builder b, int cost, int spillTo) {
		this.trait = b.trait;
		this.optionIndex = b.optionIndex;
		this.thresholds = b.thresholds;
		this.slotCount = b.slotCount;
		this.effects = b.effects;
		this.spill = b.spill;
		this.koCount = b.koCount;
		this.koHard = b.koHard;
		this.none = new int[b.architectures * b.criteria];
		this.dynamic = b.dynamic;
		boolean[] moved = new boolean[b.criteria];
		boolean knocks = false;
		for (int s = 0; s < this.slotCount; s++) {
			for (int a = 0; a < b.architectures; a++) {
				for (int c = 0; c < b.criteria; c++) {
					moved[c] |= this.effects[s][a * b.criteria + c] != 0;
				}
				knocks |= this.koCount[s][a] != 0 || this.koHard[s][a] != 0;
			}
			for (int c = 0; c < b.criteria; c++) {
				moved[c] |= this.spill[s][c] != 0;
			}
		}
		this.touched = IntStream.range(0, b.criteria).filter((c) -> moved[c]).toArray();
		this.allCriteria = IntStream.range(0, b.criteria).toArray();
		this.knocksOut = knocks;
		this.relevant = knocks || this.touched.length > 0;
		this.effectAt = new int[this.slotCount][];
		this.spillAt = new int[this.slotCount][];
		for (int s = 0; s < this.slotCount; s++) {
			int[] slotEffects = this.effects[s];
			int[] slotSpill = this.spill[s];
			this.effectAt[s] = IntStream.range(0, slotEffects.length).filter((i) -> slotEffects[i] != 0).toArray();
			this.spillAt[s] = IntStream.range(0, slotSpill.length).filter((c) -> slotSpill[c] != 0).toArray();
		}
		this.moves = new MoveTable(this.effects, this.spill, this.touched, b.criteria, b.architectures, cost, spillTo);
	}

	/** Which slots a test of this trait holds for. */
	boolean[] firesAt(Condition.OnTrait condition) {
		return firesAt(this.trait, this.thresholds, this.slotCount, condition);
	}

	/**
	 * Which slots a test holds for: the options it names, or the intervals whose lowest
	 * number lies in its range (a slot never straddles a threshold of the trait's tests).
	 */
	static boolean[] firesAt(Trait trait, double[] thresholds, int slotCount, Condition.OnTrait condition) {
		boolean[] fires = new boolean[slotCount];
		for (int s = 0; s < slotCount; s++) {
			if (trait.isChoice()) {
				fires[s] = condition.anyOf().contains(trait.options().get(s));
			}
			else {
				double low = (s == 0) ? trait.min() : thresholds[s - 1];
				fires[s] = (condition.atLeast() == null || low >= condition.atLeast())
						&& (condition.below() == null || low < condition.below());
			}
		}
		return fires;
	}

	/**
	 * The slot of an answer.
	 * @throws IllegalArgumentException for an unknown option or a value that is not a
	 * finite number
	 */
	int slotOf(String value) {
		if (this.trait.isChoice()) {
			Integer index = this.optionIndex.get(value);
			if (index == null) {
				throw new IllegalArgumentException("Unknown option '" + value + "' of trait '" + this.trait.id() + "'");
			}
			return index;
		}
		return slotOfNumber(number(value));
	}

	/** The slot of a number (numeric traits). */
	int slotOfNumber(double number) {
		int slot = 0;
		while (slot < this.thresholds.length && number >= this.thresholds[slot]) {
			slot++;
		}
		return slot;
	}

	/** The answer as a number (numeric traits), checked to be finite. */
	double number(String value) {
		double number;
		try {
			number = Double.parseDouble(value);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new IllegalArgumentException("Trait '" + this.trait.id() + "' needs a number, not '" + value + "'");
		}
		if (!Double.isFinite(number)) {
			throw new IllegalArgumentException("Trait '" + this.trait.id() + "' needs a finite number");
		}
		return number;
	}

	String optionOrNull(int slot) {
		return this.trait.isChoice() ? this.trait.options().get(slot) : null;
	}

	/** The lowest number of a slot (numeric traits). */
	double low(int slot) {
		return (slot == 0) ? this.trait.min() : this.thresholds[slot - 1];
	}

	/**
	 * The number where a slot ends, exclusive, or the trait's maximum for the last
	 * (numeric traits).
	 */
	double high(int slot) {
		return (slot == this.slotCount - 1) ? this.trait.max() : this.thresholds[slot];
	}

	boolean isInteger() {
		return this.trait.type() == TraitType.INTEGER;
	}

	/**
	 * The answer that stands for a slot: the option itself, or for numbers the value just
	 * across the nearest threshold of that slot, seen from the current one.
	 */
	String alternativeText(int current, int slot) {
		if (this.trait.isChoice()) {
			return this.trait.options().get(slot);
		}
		boolean below = current >= 0 && slot < current || current < 0 && slot == 0;
		if (!below) {
			return number(this.thresholds[slot - 1]);
		}
		double top = this.thresholds[slot];
		double low = low(slot);
		double step = isInteger() ? 1.0 : Math.min(0.1, (top - low) / 2);
		return number(Math.max(low, top - step));
	}

	/**
	 * A number as answer text: whole for integer traits, else with the answers' decimals.
	 */
	String number(double value) {
		if (isInteger()) {
			return Long.toString(Math.round(value));
		}
		return AnswerValidator.plain(new BigDecimal(value).setScale(AnswerValidator.DECIMALS, RoundingMode.HALF_UP));
	}

	/**
	 * Collects a trait's slots and what the rules about it alone do in each, then builds
	 * the immutable {@link CompiledTrait}.
	 */
	static final class Builder {

		final Trait trait;

		final int slotCount;

		private final Map<String, Integer> optionIndex = new HashMap<>();

		private final double[] thresholds;

		private final int architectures;

		private final int criteria;

		private final int[][] effects;

		private final int[][] spill;

		private final int[][] koCount;

		private final int[][] koHard;

		private boolean dynamic;

		/**
		 * @param trait the trait
		 * @param thresholds the sorted thresholds its numeric conditions use (ignored for
		 * choices)
		 */
		Builder(Trait trait, double[] thresholds, int architectures, int criteria) {
			this.trait = trait;
			this.architectures = architectures;
			this.criteria = criteria;
			if (trait.isChoice()) {
				for (int i = 0; i < trait.options().size(); i++) {
					this.optionIndex.put(trait.options().get(i), i);
				}
				this.thresholds = new double[0];
				this.slotCount = trait.options().size();
			}
			else {
				this.thresholds = thresholds;
				this.slotCount = thresholds.length + 1;
			}
			this.effects = new int[this.slotCount][architectures * criteria];
			this.spill = new int[this.slotCount][criteria];
			this.koCount = new int[this.slotCount][architectures];
			this.koHard = new int[this.slotCount][architectures];
		}

		/** The slots a test of this trait holds for (before the trait is built). */
		boolean[] firesAt(Condition.OnTrait condition) {
			return CompiledTrait.firesAt(this.trait, this.thresholds, this.slotCount, condition);
		}

		void addEffect(int slot, int architecture, int criterion, int effect) {
			this.effects[slot][architecture * this.criteria + criterion] += effect;
		}

		void addSpill(int slot, int criterion, int lift) {
			this.spill[slot][criterion] += lift;
		}

		void addKnockOut(int slot, int architecture, boolean hard) {
			this.koCount[slot][architecture]++;
			if (hard) {
				this.koHard[slot][architecture]++;
			}
		}

		/** Marks the trait as tested by a rule or knock-out that combines answers. */
		void markDynamic() {
			this.dynamic = true;
		}

		/**
		 * The compiled trait.
		 * @param cost the cost criterion, or -1
		 * @param spillTo the architecture that receives spill-over, or -1
		 */
		CompiledTrait build(int cost, int spillTo) {
			return new CompiledTrait(this, cost, spillTo);
		}

	}

	/** The sorted, distinct thresholds of the numeric tests of one trait. */
	static double[] thresholds(List<Condition.OnTrait> tests) {
		List<Double> values = new ArrayList<>();
		for (Condition.OnTrait test : tests) {
			if (test.atLeast() != null) {
				values.add(test.atLeast());
			}
			if (test.below() != null) {
				values.add(test.below());
			}
		}
		return values.stream().mapToDouble(Double::doubleValue).distinct().sorted().toArray();
	}

}
