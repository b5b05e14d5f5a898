package io.archfit.assessment;

import java.util.Locale;

import io.archfit.evaluation.FieldProblem;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the engine's field problems into sentences in the reader's language
 * ({@code problem.<code>} messages, with the problem's arguments).
 */
@Component
public class ProblemMessages {

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String message(FieldProblem problem, Locale locale) {
		return this.messages.getMessage("problem." + problem.code(), problem.args().toArray(), problem.code(), locale);
	}

	public String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage("problem." + code, args, code, locale);
	}

}
