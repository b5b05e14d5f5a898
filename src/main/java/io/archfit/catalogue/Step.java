package io.archfit.catalogue;

import java.util.List;

/**
 * One page of the wizard and the traits it asks, in order.
 */
public record Step(String id, List<String> traitIds) {

	public Step {
		traitIds = List.copyOf(traitIds);
	}

}
