package io.archfit.catalogue;

import java.util.List;

/**
 * A difficulty of distributed or serverless systems and its mitigation (messages
 * {@code risk.<id>.title}, {@code risk.<id>.mitigation}). It applies when one of the
 * listed architectures leads and every condition holds (no conditions: whenever such an
 * architecture leads).
 */
public record RiskRule(String id, List<String> architectures, List<Condition> when) {

	public RiskRule {
		architectures = List.copyOf(architectures);
		when = List.copyOf(when);
	}

}
