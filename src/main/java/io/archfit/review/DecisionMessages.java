package io.archfit.review;

import java.util.Locale;

import io.archfit.assessment.DecisionRefusedException;
import io.archfit.assessment.Status;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Sentences for the review's problems and refused status changes, in the reader's
 * language ({@code review.problem.<code>}, {@code review.refused.<code>}); status ids in
 * the arguments become their names.
 */
@Component
public class DecisionMessages {

	private final MessageSource messages;

	DecisionMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String refused(DecisionRefusedException ex, Locale locale) {
		Object[] args = ex.args().stream().map((arg) -> statusName(arg, locale)).toArray();
		return this.messages.getMessage("review.refused." + ex.code(), args, ex.code(), locale);
	}

	public String problem(ReviewProblem problem, Locale locale) {
		return this.messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), locale);
	}

	private Object statusName(Object arg, Locale locale) {
		if (arg instanceof String id && Status.of(id).isPresent()) {
			return this.messages.getMessage("review.status." + id, null, id, locale);
		}
		return arg;
	}

}
