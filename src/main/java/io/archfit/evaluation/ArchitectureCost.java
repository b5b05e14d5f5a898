package io.archfit.evaluation;

import java.util.Map;

/**
 * One architecture's monthly estimate.
 *
 * @param architecture architecture id
 * @param monthlyUsd total per month in US dollars
 * @param breakdown part to dollars: {@code requests}, {@code compute}, {@code gateway},
 * {@code idleCapacity}, {@code loadBalancer} (parts that do not apply are 0)
 */
public record ArchitectureCost(String architecture, double monthlyUsd, Map<String, Double> breakdown) {

	public ArchitectureCost {
		breakdown = Map.copyOf(breakdown);
	}

}
