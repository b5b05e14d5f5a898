package io.archfit.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The most recently used values of a pure function, at most {@code capacity} of them (0
 * keeps none). A missing value is computed outside the lock, so two threads may compute
 * the same value once each; both get an equal one.
 */
public final class RecentlyUsed<K, V> {

	private final Map<K, V> values;

	public RecentlyUsed(int capacity) {
		this.values = new LinkedHashMap<>(16, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
				return size() > capacity;
			}

		};
	}

	/** The value kept for this key, or the computed one, then kept. */
	public V get(K key, Supplier<V> compute) {
		V value;
		synchronized (this.values) {
			value = this.values.get(key);
		}
		if (value == null) {
			value = compute.get();
			synchronized (this.values) {
				this.values.put(key, value);
			}
		}
		return value;
	}

}
