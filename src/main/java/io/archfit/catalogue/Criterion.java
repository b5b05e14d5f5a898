package io.archfit.catalogue;

/**
 * A criterion the four architectures are scored on.
 *
 * @param id contract id, e.g. {@code operations}
 * @param group weight group ({@code organisation}, {@code workload}, {@code constraints},
 * {@code delivery})
 * @param kind where the criterion comes from in the comparison: {@code similarity},
 * {@code difference} or {@code combined}
 * @param weight its part of its group's weight, relative to the other criteria of the
 * group: the group's weight is split in proportion to these ({@value #EVEN} each unless a
 * catalogue says otherwise, an even split)
 */
public record Criterion(String id, String group, String kind, double weight) {

	/** The weight of a criterion whose catalogue gives none. */
	public static final double EVEN = 1.0;

	/** A criterion with the even weight. */
	public Criterion(String id, String group, String kind) {
		this(id, group, kind, EVEN);
	}

}
