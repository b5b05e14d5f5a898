package io.archfit.system;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;

/**
 * Work of the engine measured for the metrics: each evaluation computed (not read from
 * the cache) is timed as {@code archfit.evaluations} (count, total and longest time).
 */
public final class Measured {

	private static final Timer EVALUATIONS = Timer.builder("archfit.evaluations")
		.description("Evaluations computed by the engine (cache misses)")
		.register(Metrics.globalRegistry);

	private Measured() {
	}

	/** Runs an evaluation and records its duration. */
	public static <T> T evaluation(Supplier<T> evaluation) {
		return EVALUATIONS.record(evaluation);
	}

}
