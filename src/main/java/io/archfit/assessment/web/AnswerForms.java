package io.archfit.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.ProblemMessages;
import io.archfit.catalogue.Catalogue;
import io.archfit.catalogue.Trait;
import io.archfit.evaluation.AnswerValidator;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.FieldProblem;
import io.archfit.evaluation.InvalidAnswersException;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Reads answers from wizard and edit forms and builds the fields the templates show. A
 * form sends each trait as {@code t.<traitId>}; an empty value means "not sure". Numbers
 * may carry spaces, commas or underscores as digit separators.
 */
@Component
class AnswerForms {

	private static final AnswerValidator VALIDATOR = new AnswerValidator();

	private final ProblemMessages problems;

	AnswerForms(ProblemMessages problems) {
		this.problems = problems;
	}

	/** The result of reading a form: the merged answers, or the messages per trait id. */
	record Submission(Answers answers, Map<String, String> submitted, Map<String, String> errors) {

		boolean hasErrors() {
			return !this.errors.isEmpty();
		}

	}

	/**
	 * Reads the given traits from the form and merges them into {@code current}: traits
	 * the form asks and leaves empty become unanswered, the others keep their answers.
	 */
	Submission read(Catalogue catalogue, List<Trait> traits, Answers current, MultiValueMap<String, String> form,
			Locale locale) {
		Map<String, String> submitted = new LinkedHashMap<>();
		Map<String, Object> raw = new LinkedHashMap<>();
		for (Trait trait : traits) {
			String value = form.getFirst(TraitField.param(trait.id()));
			value = (value != null) ? value.strip() : "";
			submitted.put(trait.id(), value);
			if (!value.isEmpty()) {
				raw.put(trait.id(), trait.isChoice() ? value : value.replaceAll("[\\s,_\u00a0\u202f]", ""));
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		Answers parsed = Answers.empty();
		try {
			parsed = VALIDATOR.parse(catalogue, raw);
		}
		catch (InvalidAnswersException ex) {
			for (FieldProblem problem : ex.problems()) {
				String traitId = problem.field().startsWith("answers.") ? problem.field().substring(8)
						: problem.field();
				errors.putIfAbsent(traitId, this.problems.message(problem, locale));
			}
		}
		Answers merged = current;
		for (Trait trait : traits) {
			merged = merged.with(trait.id(), parsed.get(trait.id()));
		}
		return new Submission(merged, submitted, errors);
	}

	/** The fields of these traits, showing submitted values and errors where given. */
	List<TraitField> fields(List<Trait> traits, Answers answers, Map<String, String> submitted,
			Map<String, String> errors) {
		List<TraitField> fields = new ArrayList<>();
		for (Trait trait : traits) {
			String value = submitted.containsKey(trait.id()) ? submitted.get(trait.id()) : answers.get(trait.id());
			fields.add(new TraitField(trait.id(), trait.isChoice(), trait.options(), (value != null) ? value : "",
					errors.get(trait.id()), number(trait.min()), number(trait.max()), trait.costInput()));
		}
		return fields;
	}

	private static String number(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
