package io.archfit.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A number derived from several answers, for rules about combinations: engineers per
 * team, peak requests per second, and the like. Its value is {@code factor} times the
 * product of its terms, each an answer raised to the power +1 or −1; a choice trait
 * enters with the number its term gives each option. Unknown while any of its traits is
 * unanswered.
 *
 * @param id quantity id, referred to by conditions
 * @param factor constant factor (above 0), e.g. to turn a month into seconds
 * @param terms the answers it multiplies or divides by
 */
public record Quantity(String id, double factor, List<Term> terms) {

	public Quantity {
		terms = List.copyOf(terms);
	}

	/** The traits it is derived from, in order. */
	public List<String> traits() {
		return this.terms.stream().map(Term::trait).toList();
	}

	/**
	 * One answer in a quantity.
	 *
	 * @param trait trait id
	 * @param power +1 (multiply) or −1 (divide)
	 * @param values for a choice trait, the number standing for each option (above 0);
	 * empty for a numeric trait
	 */
	public record Term(String trait, int power, Map<String, Double> values) {

		public Term {
			values = Map.copyOf(values);
		}

	}

}
