package io.archfit.catalogue;

import java.util.List;

/**
 * A question of the wizard. Choice traits list their options from one end of the scale to
 * the other; numeric traits give their inclusive range. Every trait may be left
 * unanswered.
 *
 * @param id contract id, e.g. {@code trafficPattern}
 * @param step id of the wizard step that asks it
 * @param type how it is answered
 * @param options option ids in scale order (empty for numeric traits)
 * @param min lowest accepted number (numeric traits)
 * @param max highest accepted number (numeric traits)
 * @param costInput true for the optional inputs of the cost model
 */
public record Trait(String id, String step, TraitType type, List<String> options, double min, double max,
		boolean costInput) {

	public Trait {
		options = List.copyOf(options);
	}

	public boolean isChoice() {
		return this.type == TraitType.CHOICE;
	}

}
