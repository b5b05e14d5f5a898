package io.archfit.catalogue;

import java.util.List;
import java.util.Map;

/**
 * An answer's effect on the architectures: architecture id to −2 … +2 on each of the
 * listed criteria. Its reason text is the message {@code rule.<id>}.
 */
public record Rule(String id, Condition when, Map<String, Integer> effects, List<String> criteria) {

	public Rule {
		effects = Map.copyOf(effects);
		criteria = List.copyOf(criteria);
	}

}
