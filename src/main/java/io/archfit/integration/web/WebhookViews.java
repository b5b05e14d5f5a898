package io.archfit.integration.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.archfit.integration.WebhookDelivery;
import io.archfit.integration.WebhookEndpoint;
import io.archfit.integration.WebhookEvents;
import io.archfit.integration.WebhookFormat;

import org.springframework.data.domain.Page;

/** What the webhook pages show, built from the endpoints and deliveries. */
public final class WebhookViews {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneOffset.UTC);

	private WebhookViews() {
	}

	static String time(Instant instant) {
		return (instant != null) ? TIME.format(instant) : "";
	}

	/** The add form as typed (empty at first: every event, standard format). */
	public record Form(String url, List<String> events, String format, String description) {

		static Form empty() {
			return new Form("", WebhookEvents.TYPES, WebhookFormat.STANDARD.id(), "");
		}

		public boolean wants(String event) {
			return this.events != null && this.events.contains(event);
		}

	}

	/** One endpoint in the workspace's list or on its own page. */
	public record EndpointView(long id, String url, String description, List<String> events, String format,
			String createdAt, boolean paused, String pausedAt, String failingSince) {

		static EndpointView of(WebhookEndpoint endpoint) {
			return new EndpointView(endpoint.id(), endpoint.url(), endpoint.description(), endpoint.events(),
					endpoint.format().id(), time(endpoint.createdAt()), endpoint.paused(), time(endpoint.pausedAt()),
					time(endpoint.failingSince()));
		}

	}

	/** One delivery in an endpoint's list. */
	public record DeliveryView(long id, String messageId, String eventType, String status, int attempts,
			Integer responseCode, String error, String createdAt, String lastAttemptAt, String nextAttemptAt) {

		static DeliveryView of(WebhookDelivery delivery) {
			return new DeliveryView(delivery.id(), delivery.messageId(), delivery.eventType(), delivery.status().id(),
					delivery.attempts(), delivery.responseCode(), delivery.lastError(), time(delivery.createdAt()),
					time(delivery.lastAttemptAt()),
					(delivery.status() == WebhookDelivery.Status.PENDING) ? time(delivery.nextAttemptAt()) : "");
		}

	}

	/** A page of deliveries, pages counted from 1. */
	public record DeliveryPage(List<DeliveryView> items, int page, int pages, long total, String base) {

		static DeliveryPage of(Page<WebhookDelivery> page, String base) {
			return new DeliveryPage(page.getContent().stream().map(DeliveryView::of).toList(), page.getNumber() + 1,
					page.getTotalPages(), page.getTotalElements(), base);
		}

		public String previous() {
			return (this.page > 1) ? this.base + "?page=" + (this.page - 1) + "#deliveries" : null;
		}

		public String next() {
			return (this.page < this.pages) ? this.base + "?page=" + (this.page + 1) + "#deliveries" : null;
		}

	}

}
