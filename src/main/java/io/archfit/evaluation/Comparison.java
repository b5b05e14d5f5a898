package io.archfit.evaluation;

import java.util.List;

/**
 * Where two architectures are alike and where they part for this application.
 *
 * @param first the leading viable architecture
 * @param second the runner-up it is compared with
 * @param similarities criteria on which they score close, with the reasons that apply
 * @param differences criteria on which they differ most, largest gap first
 */
public record Comparison(String first, String second, List<CriterionGap> similarities, List<CriterionGap> differences) {

	public Comparison {
		similarities = List.copyOf(similarities);
		differences = List.copyOf(differences);
	}

}
