package io.archfit.evaluation;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Break-evens already found, kept per figure, workload and prices. The search prices both
 * hostings at some hundred volumes, and its answer does not depend on the workload's own
 * volume, so every evaluation of a workload with the same run time, memory, peaks,
 * services and prices finds it here. At most {@value #KEPT} are kept; when full, all are
 * forgotten and found again as needed.
 */
final class KeptBreakEvens {

	static final int KEPT = 1024;

	private record Key(boolean total, CostInputs inputs, CostAssumptions assumptions) {

	}

	private final Map<Key, Optional<Double>> found = new ConcurrentHashMap<>();

	/**
	 * The break-even of a figure for a workload (its volume is ignored), from
	 * {@code search} the first time.
	 */
	Double get(boolean total, CostInputs inputs, CostAssumptions assumptions, Supplier<Double> search) {
		Key key = new Key(total, inputs.withRequestsPerMonth(0), assumptions);
		Optional<Double> breakEven = this.found.get(key);
		if (breakEven == null) {
			breakEven = Optional.ofNullable(search.get());
			if (this.found.size() >= KEPT) {
				this.found.clear();
			}
			this.found.put(key, breakEven);
		}
		return breakEven.orElse(null);
	}

}
