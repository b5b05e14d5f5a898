package io.archfit.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.cache.CaffeineStatsCounter;

/**
 * In-memory caches of values that are a pure function of their key, such as evaluations
 * and rendered report parts. Each keeps the most recently used entries up to its size and
 * publishes its statistics under its name ({@code cache.gets} with {@code result} hit or
 * miss, {@code cache.evictions}, {@code cache.size}, tagged {@code cache=<name>}). Keys
 * are never published.
 */
public final class KeptCaches {

	private KeptCaches() {
	}

	/**
	 * A cache of at most {@code maximumSize} entries (0 keeps none) whose statistics are
	 * published as {@code name} through the global registry, which the application's
	 * registry joins: for objects made without the application's help.
	 */
	public static <K, V> Cache<K, V> recentlyUsed(String name, long maximumSize) {
		return recentlyUsed(name, maximumSize, Metrics.globalRegistry);
	}

	/**
	 * A cache of at most {@code maximumSize} entries (0 keeps none) whose statistics are
	 * published as {@code name} in {@code meters}.
	 */
	public static <K, V> Cache<K, V> recentlyUsed(String name, long maximumSize, MeterRegistry meters) {
		CaffeineStatsCounter statistics = new CaffeineStatsCounter(meters, name);
		Cache<K, V> cache = Caffeine.newBuilder().maximumSize(maximumSize).recordStats(() -> statistics).build();
		statistics.registerSizeMetric(cache);
		return cache;
	}

}
