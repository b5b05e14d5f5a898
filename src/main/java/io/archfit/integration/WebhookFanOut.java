package io.archfit.integration;

import java.time.Clock;

import io.archfit.assessment.AssessmentEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Turns each event of an assessment in a workspace into one delivery per active endpoint
 * of that workspace that wants its type. Runs after the change has been committed, from
 * Spring Modulith's event publication registry, which recorded the event in the same
 * transaction as the change and hands it over again if this fails or the process dies
 * first. Handling an event twice adds nothing: there is one delivery per event and
 * endpoint.
 */
@Component
class WebhookFanOut {

	private final WebhookEndpointRepository endpoints;

	private final WebhookDeliveryRepository deliveries;

	private final DeliveryContent content;

	private final DeliverySender sender;

	private final Clock clock = Clock.systemUTC();

	WebhookFanOut(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, DeliveryContent content,
			DeliverySender sender) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.content = content;
		this.sender = sender;
	}

	@ApplicationModuleListener
	void on(AssessmentEvent event) {
		Long workspace = event.assessment().workspaceId();
		if (workspace == null) {
			return;
		}
		int added = 0;
		for (WebhookEndpoint endpoint : this.endpoints.findByWorkspaceIdOrderByIdAsc(workspace)) {
			if (endpoint.paused() || !endpoint.wants(event.type())
					|| this.deliveries.existsByEventIdAndEndpointId(event.id(), endpoint.id())) {
				continue;
			}
			this.deliveries.save(new WebhookDelivery(Signature.newMessageId(), endpoint.id(), event.id(), event.type(),
					this.content.body(endpoint, event), this.clock.instant()));
			added++;
		}
		if (added > 0 && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					WebhookFanOut.this.sender.wake();
				}
			});
		}
	}

}
