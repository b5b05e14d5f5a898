package io.archfit.assessment.web;

import java.util.Locale;

import io.archfit.evaluation.Evaluation;
import io.archfit.system.LinkPreview;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The preview of a report's view link in a chat: the assessment's title and its
 * recommendation with the confidence, in the page's language.
 */
@Component
class ReportPreviews {

	private final MessageSource messages;

	ReportPreviews(MessageSource messages) {
		this.messages = messages;
	}

	LinkPreview of(String title, Evaluation evaluation, Locale locale) {
		String architecture = message("architecture." + evaluation.recommended() + ".name", locale);
		String level = message("report.confidence." + evaluation.confidenceLevel().id(), locale);
		String key = evaluation.closeCall() ? "preview.report.closeCall" : "preview.report";
		String description = this.messages.getMessage(key,
				new Object[] { architecture, Math.round(evaluation.confidence() * 100), level }, locale);
		return new LinkPreview(title, description);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
