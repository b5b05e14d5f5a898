package io.archfit.evaluation;

import java.util.List;

/**
 * One architecture's place in the ranking.
 *
 * @param architecture architecture id
 * @param score weighted overall score 0–100
 * @param viable false when a hard limit rules it out
 * @param blockers the knock-outs that fired for it (empty when viable)
 */
public record RankedArchitecture(String architecture, double score, boolean viable, List<Blocker> blockers) {

	public RankedArchitecture {
		blockers = List.copyOf(blockers);
	}

}
