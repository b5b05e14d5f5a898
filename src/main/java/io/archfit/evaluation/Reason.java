package io.archfit.evaluation;

import java.util.Map;

/**
 * A rule that fired: the answer that triggered it and its effect on each architecture.
 * Its text is {@code rule.<ruleId>}.
 *
 * @param ruleId rule id in the catalogue (or a model-derived id such as
 * {@code cost-model})
 * @param trait the trait whose answer fired it
 * @param value that answer
 * @param effects architecture id to effect, −2 … +2 (architectures it does not touch are
 * absent)
 */
public record Reason(String ruleId, String trait, String value, Map<String, Integer> effects) {

	public Reason {
		effects = Map.copyOf(effects);
	}

}
