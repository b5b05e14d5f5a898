package io.archfit.catalogue;

/**
 * A criterion the four architectures are scored on.
 *
 * @param id contract id, e.g. {@code operations}
 * @param group weight group ({@code organisation}, {@code workload}, {@code constraints},
 * {@code delivery})
 * @param kind where the criterion comes from in the comparison: {@code similarity},
 * {@code difference} or {@code combined}
 */
public record Criterion(String id, String group, String kind) {

}
