package io.archfit.assessment.cost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.ProblemMessages;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.InvalidAssumptionsException;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads cost assumptions from a form: each as {@code a.<name>}; an empty field keeps the
 * default. Spaces, underscores and commas between digits are ignored.
 */
@Component
public class AssumptionForms {

	private final ProblemMessages problems;

	AssumptionForms(ProblemMessages problems) {
		this.problems = problems;
	}

	/**
	 * The result of reading a form: the assumptions (null when some are not valid), the
	 * values as typed and the message per bad name.
	 */
	public record Reading(CostAssumptions assumptions, Map<String, String> submitted, Map<String, String> errors) {

		public boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

	/**
	 * Reads the assumptions a catalogue's cost model uses
	 * ({@code CostModel#assumptionNames()}); others keep their defaults.
	 */
	public Reading read(MultiValueMap<String, String> form, List<String> names, Locale locale) {
		Map<String, String> submitted = new LinkedHashMap<>();
		Map<String, Object> values = new LinkedHashMap<>();
		for (String name : names) {
			String value = form.getFirst("a." + name);
			value = (value != null) ? value.strip() : "";
			submitted.put(name, value);
			if (!value.isEmpty()) {
				values.put(name, value.replaceAll("[\\s,_\u00a0\u202f]", ""));
			}
		}
		try {
			return new Reading(CostAssumptions.fromMap(values), submitted, Map.of());
		}
		catch (InvalidAssumptionsException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (InvalidAssumptionsException.Problem problem : ex.getProblems()) {
				String name = problem.field().substring("assumptions.".length());
				errors.putIfAbsent(name, this.problems.message(problem.code(), locale, problem.args().toArray()));
			}
			return new Reading(null, submitted, errors);
		}
	}

}
