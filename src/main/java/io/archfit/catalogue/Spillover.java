package io.archfit.catalogue;

import java.util.List;

/**
 * How the strengths of a knocked-out architecture carry over to one that can host the
 * parts that still fit it. Example: when serverless is ruled out only because some work
 * runs too long or needs a GPU, a hybrid can still run the bursty or event-driven parts
 * as functions, so the answers that favour serverless on workload criteria lift the
 * hybrid instead. Its reason text is the message {@code rule.<id>}.
 *
 * @param id id of the reason shown when it applies
 * @param from the architecture whose strengths carry over when it is knocked out
 * @param to the architecture that takes them over
 * @param groups criterion groups the carry-over applies to
 * @param knockOuts the knock-outs that leave room for the carry-over; when any other
 * knock-out rules {@code from} out, nothing carries over
 * @param lift how far each answer favouring {@code from} lifts {@code to}
 * @param sources ids of the references it rests on
 */
public record Spillover(String id, String from, String to, List<String> groups, List<String> knockOuts, Lift lift,
		List<String> sources) {

	public Spillover {
		groups = List.copyOf(groups);
		knockOuts = List.copyOf(knockOuts);
		sources = List.copyOf(sources);
	}

	/** How far an answer favouring the knocked-out architecture lifts the receiver. */
	public enum Lift {

		/**
		 * One step for every such answer (catalogue value {@code "step"}, the default).
		 */
		STEP("step"),

		/**
		 * By the gap between the answer's effects on the two: the receiver takes over the
		 * effect in full (catalogue value {@code "gap"}).
		 */
		GAP("gap");

		private final String id;

		Lift(String id) {
			this.id = id;
		}

		/** The value in a catalogue document. */
		public String id() {
			return this.id;
		}

		/** The lift a catalogue value names, or null for an unknown one. */
		public static Lift of(String id) {
			for (Lift lift : values()) {
				if (lift.id.equals(id)) {
					return lift;
				}
			}
			return null;
		}

	}

}
