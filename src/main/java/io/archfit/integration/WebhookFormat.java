package io.archfit.integration;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a delivery's body looks like: the {@code standard} JSON document (event type,
 * timestamp, data) or a {@code chat} message ({@code {"text": …}}) that Slack- and
 * Teams-style incoming webhooks post as it is.
 */
public enum WebhookFormat {

	STANDARD("standard"), CHAT("chat");

	private final String id;

	WebhookFormat(String id) {
		this.id = id;
	}

	public String id() {
		return this.id;
	}

	public static Optional<WebhookFormat> of(String id) {
		return Arrays.stream(values()).filter((format) -> format.id.equals(id)).findFirst();
	}

}
