package io.archfit.catalogue;

import java.util.List;

/**
 * A hard limit: when the condition holds, the architecture is not viable. Its reason text
 * is the message {@code knockout.<id>}.
 *
 * @param id knock-out id
 * @param when the condition under which it applies
 * @param architecture the architecture it rules out
 * @param sources ids of the references it rests on
 */
public record KnockOut(String id, Condition when, String architecture, List<String> sources) {

	public KnockOut {
		sources = List.copyOf(sources);
	}

}
