package io.archfit.evaluation;

import java.util.List;

/**
 * A difficulty that applies to this application; texts are {@code risk.<id>.title} and
 * {@code risk.<id>.mitigation}.
 *
 * @param id risk id in the catalogue
 * @param architectures the leading architectures it concerns
 * @param triggeredBy the trait ids whose answers make it relevant
 */
public record Risk(String id, List<String> architectures, List<String> triggeredBy) {

	public Risk {
		architectures = List.copyOf(architectures);
		triggeredBy = List.copyOf(triggeredBy);
	}

}
