package io.archfit.integration;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.archfit.assessment.AnswersChanged;
import io.archfit.assessment.AssessmentCreated;
import io.archfit.assessment.AssessmentEvent;
import io.archfit.assessment.AssessmentSnapshot;
import io.archfit.assessment.DecisionRecorded;
import io.archfit.assessment.StatusChanged;
import io.archfit.review.CommentPosted;
import io.archfit.review.VoteCast;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The body of a delivery: in the {@code standard} format a JSON document with the event
 * type, when it happened and its data (the assessment's title, view URL, recommendation
 * and status, and what changed); in the {@code chat} format {@code {"text": …}}, one
 * sentence in the endpoint's language with the link.
 */
@Component
class DeliveryContent {

	/** The longest comment quoted in a chat message. */
	static final int CHAT_QUOTE_MAX = 280;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	private final String publicUrl;

	DeliveryContent(MessageSource messages, WebhookSettings settings) {
		this.messages = messages;
		this.publicUrl = settings.publicUrl();
	}

	String body(WebhookEndpoint endpoint, AssessmentEvent event) {
		if (endpoint.format() == WebhookFormat.CHAT) {
			return JSON.writeValueAsString(Map.of("text", chatText(event, Locale.forLanguageTag(endpoint.language()))));
		}
		AssessmentSnapshot assessment = event.assessment();
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("title", assessment.title());
		about.put("viewUrl", viewUrl(assessment));
		about.put("recommended", assessment.recommended());
		about.put("status", assessment.status());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("assessment", about);
		data.put("change", change(event));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("type", event.type());
		document.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(event.at()));
		document.put("data", data);
		return JSON.writeValueAsString(document);
	}

	String viewUrl(AssessmentSnapshot assessment) {
		return this.publicUrl + "/a/" + assessment.viewKey();
	}

	private static Map<String, Object> change(AssessmentEvent event) {
		Map<String, Object> change = new LinkedHashMap<>();
		if (event instanceof AssessmentCreated) {
			change.put("revision", 1);
			change.put("recommended", event.assessment().recommended());
		}
		else if (event instanceof AnswersChanged changed) {
			change.put("revision", changed.revision());
			change.put("previousRecommended", changed.previousRecommendation());
			change.put("recommended", event.assessment().recommended());
		}
		else if (event instanceof StatusChanged changed) {
			change.put("from", changed.from());
			change.put("to", changed.to());
		}
		else if (event instanceof DecisionRecorded decision) {
			change.put("outcome", decision.outcome());
			change.put("architecture", decision.architecture());
			change.put("rationale", decision.rationale());
			change.put("deciders", decision.deciders());
		}
		else if (event instanceof CommentPosted comment) {
			change.put("commentId", comment.commentId());
			change.put("author", comment.author());
			change.put("body", comment.body());
		}
		else if (event instanceof VoteCast vote) {
			change.put("voter", vote.voter());
			change.put("architecture", vote.architecture());
		}
		return change;
	}

	/** One sentence with the link, escaped as Slack asks ({@code & < >}). */
	String chatText(AssessmentEvent event, Locale locale) {
		AssessmentSnapshot assessment = event.assessment();
		String title = assessment.title();
		String link = viewUrl(assessment);
		String text;
		if (event instanceof AssessmentCreated) {
			text = message("webhook.chat.created", locale, title, architecture(assessment.recommended(), locale), link);
		}
		else if (event instanceof AnswersChanged changed) {
			text = message("webhook.chat.answersChanged", locale, title, changed.revision(),
					architecture(assessment.recommended(), locale), link);
		}
		else if (event instanceof StatusChanged changed) {
			text = message("webhook.chat.statusChanged", locale, title, status(changed.from(), locale),
					status(changed.to(), locale), link);
		}
		else if (event instanceof DecisionRecorded decision) {
			text = (decision.architecture() != null) ? message("webhook.chat.accepted", locale, title,
					architecture(decision.architecture(), locale), link)
					: message("webhook.chat.rejected", locale, title, link);
		}
		else if (event instanceof CommentPosted comment) {
			text = message("webhook.chat.comment", locale, title, comment.author(), quote(comment.body()), link);
		}
		else if (event instanceof VoteCast vote) {
			text = "recommended".equals(vote.architecture())
					? message("webhook.chat.voteRecommended", locale, title, vote.voter(), link)
					: message("webhook.chat.vote", locale, title, vote.voter(),
							architecture(vote.architecture(), locale), link);
		}
		else {
			text = title + " " + link;
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String quote(String body) {
		String line = body.replaceAll("\\s+", " ").strip();
		return (line.length() > CHAT_QUOTE_MAX) ? line.substring(0, CHAT_QUOTE_MAX) + "…" : line;
	}

	private String architecture(String id, Locale locale) {
		return (id != null) ? this.messages.getMessage("architecture." + id + ".name", null, id, locale) : "–";
	}

	private String status(String id, Locale locale) {
		return this.messages.getMessage("review.status." + id, null, id, locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
