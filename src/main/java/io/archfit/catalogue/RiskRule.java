package io.archfit.catalogue;

import java.util.List;

/**
 * A difficulty of distributed or serverless systems and its mitigation (messages
 * {@code risk.<id>.title}, {@code risk.<id>.mitigation}). It applies when one of the
 * listed architectures leads and every condition holds (no conditions: whenever such an
 * architecture leads). The catalogue lists risks most serious first.
 *
 * @param id risk id
 * @param architectures the architectures it concerns
 * @param when conditions that must all hold
 * @param sources ids of the references it rests on
 */
public record RiskRule(String id, List<String> architectures, List<Condition> when, List<String> sources) {

	public RiskRule {
		architectures = List.copyOf(architectures);
		when = List.copyOf(when);
		sources = List.copyOf(sources);
	}

}
