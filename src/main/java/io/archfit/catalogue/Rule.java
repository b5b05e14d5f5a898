package io.archfit.catalogue;

import java.util.List;
import java.util.Map;

/**
 * An answer's (or a combination of answers') effect on the architectures: architecture id
 * to −2 … +2 on each of the listed criteria. Its reason text is the message
 * {@code rule.<id>}.
 *
 * @param id rule id
 * @param when the condition under which it applies
 * @param effects architecture id to effect
 * @param criteria the criteria it moves
 * @param sources ids of the references it rests on
 */
public record Rule(String id, Condition when, Map<String, Integer> effects, List<String> criteria,
		List<String> sources) {

	public Rule {
		effects = Map.copyOf(effects);
		criteria = List.copyOf(criteria);
		sources = List.copyOf(sources);
	}

}
