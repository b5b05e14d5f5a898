package io.archfit.assessment.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.ProblemMessages;
import io.archfit.assessment.TitleAndDescription;
import io.archfit.catalogue.Catalogue;
import io.archfit.evaluation.AnswerValidator;
import io.archfit.evaluation.Answers;
import io.archfit.evaluation.CostAssumptions;
import io.archfit.evaluation.FieldProblem;
import io.archfit.evaluation.InvalidAnswersException;
import io.archfit.evaluation.InvalidAssumptionsException;
import io.archfit.system.ApiProblem;
import io.archfit.system.InvalidRequestException;

import org.springframework.stereotype.Component;

/**
 * Validates the parts API requests share (answers, priorities, title, description) and
 * collects every problem before answering, so one 400 names all bad fields.
 */
@Component
class ApiRequests {

	private static final AnswerValidator VALIDATOR = new AnswerValidator();

	private final ProblemMessages messages;

	ApiRequests(ProblemMessages messages) {
		this.messages = messages;
	}

	/** Collects problems of one request. */
	final class Check {

		private final List<ApiProblem.FieldError> errors = new ArrayList<>();

		private final Locale locale;

		Check(Locale locale) {
			this.locale = locale;
		}

		Answers answers(Catalogue catalogue, Map<String, Object> raw) {
			if (raw == null) {
				return Answers.empty();
			}
			try {
				return VALIDATOR.parse(catalogue, raw);
			}
			catch (InvalidAnswersException ex) {
				ex.problems().forEach(this::add);
				return Answers.empty();
			}
		}

		List<String> priorities(Catalogue catalogue, List<Object> raw) {
			if (raw == null) {
				return List.of();
			}
			try {
				return VALIDATOR.validatePriorities(catalogue, raw);
			}
			catch (InvalidAnswersException ex) {
				ex.problems().forEach(this::add);
				return List.of();
			}
		}

		/** The cost assumptions over the defaults; null when none are given. */
		CostAssumptions assumptions(Map<String, Object> raw) {
			if (raw == null) {
				return null;
			}
			try {
				return CostAssumptions.fromMap(raw);
			}
			catch (InvalidAssumptionsException ex) {
				ex.getProblems()
					.forEach((problem) -> this.errors.add(new ApiProblem.FieldError(problem.field(), problem.code(),
							ApiRequests.this.messages.message(problem.code(), this.locale, problem.args().toArray()))));
				return null;
			}
		}

		String title(String title, boolean required) {
			String value = TitleAndDescription.stripped(title);
			TitleAndDescription.titleProblem(value, required).ifPresent(this::add);
			return value;
		}

		String description(String description) {
			String value = TitleAndDescription.stripped(description);
			TitleAndDescription.descriptionProblem(value).ifPresent(this::add);
			return value.isEmpty() ? null : value;
		}

		void error(String field, String code, Object... args) {
			this.errors.add(
					new ApiProblem.FieldError(field, code, ApiRequests.this.messages.message(code, this.locale, args)));
		}

		private void add(FieldProblem problem) {
			this.errors.add(new ApiProblem.FieldError(problem.field(), problem.code(),
					ApiRequests.this.messages.message(problem, this.locale)));
		}

		/** Throws the collected problems, if any. */
		void complete() {
			if (!this.errors.isEmpty()) {
				throw new InvalidRequestException(this.errors);
			}
		}

	}

	Check check(Locale locale) {
		return new Check(locale);
	}

}
