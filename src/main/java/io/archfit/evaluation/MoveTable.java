package io.archfit.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What each change of one trait's answer moves, precomputed so that a tipping-point
 * search touches only the criteria a change moves.
 * <p>
 * A change goes from one answer slot to another; slot {@code slots} (one past the last)
 * stands for "not sure". For each change, with and without a change of the cost model's
 * band, there is one row per architecture plus a last row for the architecture that
 * receives spill-over while spill-over is on (its effects and spill-over together). Row
 * {@code r} holds the entries from {@link #offset(int) offset(r)} to before
 * {@code offset(r + 1)}: each a criterion whose net effect the change moves (in the order
 * of the trait's moved criteria; with a band change, the cost criterion too), with the
 * change of its effect and of its spill-over. {@link #reach} tells how far any change
 * from a slot can move each net effect, for skipping traits that cannot tip the result.
 */
final class MoveTable {

	private final int slots;

	private final int architectureRows;

	private final int[] offsets;

	private final int[] criteria;

	private final int[] effect;

	private final int[] spill;

	private final int[][] reach;

	/**
	 * Compiles the table of one trait.
	 * @param effects effect per slot, indexed architecture × criterion
	 * @param spills spill-over lift per slot and criterion
	 * @param touched the criteria any slot moves, in order
	 * @param criterionCount the number of criteria
	 * @param architectures the number of architectures
	 * @param cost the cost criterion, or -1
	 * @param spillTo the architecture that receives spill-over, or -1
	 */
	MoveTable(int[][] effects, int[][] spills, int[] touched, int criterionCount, int architectures, int cost,
			int spillTo) {
		this.slots = effects.length;
		int[] none = new int[architectures * criterionCount];
		int[] withCost = touched;
		if (cost >= 0 && Arrays.stream(touched).noneMatch((c) -> c == cost)) {
			withCost = Arrays.copyOf(touched, touched.length + 1);
			withCost[touched.length] = cost;
		}
		int changes = this.slots + 1;
		this.architectureRows = architectures + 1;
		int rowCount = 2 * changes * changes * this.architectureRows;
		this.offsets = new int[rowCount + 1];
		List<int[]> entries = new ArrayList<>();
		for (int band = 0; band < 2; band++) {
			boolean bandChanges = band == 1;
			for (int from = 0; from < changes; from++) {
				for (int to = 0; to < changes; to++) {
					int[] oldEffects = (from < this.slots) ? effects[from] : none;
					int[] newEffects = (to < this.slots) ? effects[to] : none;
					int[] oldSpill = (from < this.slots) ? spills[from] : none;
					int[] newSpill = (to < this.slots) ? spills[to] : none;
					int row = row(from, to, bandChanges);
					for (int a = 0; a < this.architectureRows; a++) {
						boolean spillRow = a == architectures;
						int base = (spillRow ? Math.max(spillTo, 0) : a) * criterionCount;
						this.offsets[row + a] = entries.size();
						for (int c : bandChanges ? withCost : touched) {
							int moved = newEffects[base + c] - oldEffects[base + c];
							int spilled = spillRow ? newSpill[c] - oldSpill[c] : 0;
							if (moved != 0 || spilled != 0 || bandChanges && c == cost) {
								entries.add(new int[] { c, moved, spilled });
							}
						}
					}
				}
			}
		}
		this.offsets[rowCount] = entries.size();
		this.criteria = entries.stream().mapToInt((entry) -> entry[0]).toArray();
		this.effect = entries.stream().mapToInt((entry) -> entry[1]).toArray();
		this.spill = entries.stream().mapToInt((entry) -> entry[2]).toArray();
		this.reach = new int[changes][this.architectureRows * criterionCount];
		for (int from = 0; from < changes; from++) {
			for (int to = 0; to < changes; to++) {
				int row = row(from, to, false);
				for (int a = 0; a < this.architectureRows; a++) {
					for (int k = this.offsets[row + a]; k < this.offsets[row + a + 1]; k++) {
						int at = a * criterionCount + this.criteria[k];
						this.reach[from][at] = Math.max(this.reach[from][at], Math.abs(this.effect[k] + this.spill[k]));
					}
				}
			}
		}
	}

	/**
	 * The first row of a change.
	 * @param from the current slot ({@code slots} for not sure)
	 * @param to the other slot ({@code slots} for not sure)
	 * @param bandChanges whether the cost model's band changes too
	 * @return the row of the first architecture; add the architecture's index (or the
	 * number of architectures for the spill-over row)
	 */
	int row(int from, int to, boolean bandChanges) {
		int changes = this.slots + 1;
		return (((bandChanges ? changes : 0) + from) * changes + to) * this.architectureRows;
	}

	int offset(int row) {
		return this.offsets[row];
	}

	int criterion(int entry) {
		return this.criteria[entry];
	}

	int effect(int entry) {
		return this.effect[entry];
	}

	int spill(int entry) {
		return this.spill[entry];
	}

	/**
	 * The most any change from a slot moves each net effect, indexed architecture ×
	 * criterion (the last architecture row: the spill-over receiver while spill-over is
	 * on).
	 * @param from the current slot ({@code slots} for not sure)
	 */
	int[] reach(int from) {
		return this.reach[from];
	}

}
