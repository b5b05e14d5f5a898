package io.archfit.integration;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One attempt at a claimed delivery: checks the endpoint's address again (after resolving
 * its name), posts the signed body to the address that passed, and records the outcome:
 * delivered on a 2xx answer, else due again after the retry schedule's wait or given up.
 * An endpoint failing for too long, or answering 410 Gone, is paused.
 */
@Component
class DeliveryAttempt {

	private static final Logger log = LoggerFactory.getLogger(DeliveryAttempt.class);

	private final WebhookDeliveryRepository deliveries;

	private final WebhookEndpointRepository endpoints;

	private final TransactionTemplate transactions;

	private final AddressPolicy policy;

	private final WebhookHttp http;

	private final RetrySchedule schedule;

	private final Duration pauseAfter;

	private final DeliveryMetrics metrics;

	private final Clock clock = Clock.systemUTC();

	DeliveryAttempt(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
			PlatformTransactionManager transactions, WebhookSettings settings, DeliveryMetrics metrics) {
		this.deliveries = deliveries;
		this.endpoints = endpoints;
		this.transactions = new TransactionTemplate(transactions);
		this.policy = new AddressPolicy(settings.allowPrivateAddresses());
		this.http = new WebhookHttp((SSLSocketFactory) SSLSocketFactory.getDefault(), settings.connectTimeout(),
				settings.readTimeout());
		this.schedule = RetrySchedule.of(settings);
		this.pauseAfter = settings.pauseAfter();
		this.metrics = metrics;
	}

	/** What an attempt came to. */
	record Outcome(Integer status, String error, Duration retryAfter) {

		boolean delivered() {
			return this.status != null && this.status >= 200 && this.status < 300;
		}

	}

	/** Makes the attempt if the delivery is still claimed by {@code owner}. */
	void run(long deliveryId, String owner) {
		Claimed claimed = this.transactions.execute((status) -> this.deliveries.findById(deliveryId)
			.filter((delivery) -> owner.equals(delivery.leaseOwner())
					&& delivery.status() == WebhookDelivery.Status.PENDING)
			.flatMap((delivery) -> this.endpoints.findById(delivery.endpointId())
				.map((endpoint) -> new Claimed(delivery.messageId(), delivery.payload(), endpoint.url(),
						endpoint.secret())))
			.orElse(null));
		if (claimed == null) {
			return;
		}
		Outcome outcome = send(claimed);
		try {
			this.transactions.executeWithoutResult((status) -> record(deliveryId, owner, outcome));
		}
		catch (OptimisticLockingFailureException ex) {
			// the owner asked for a redelivery meanwhile: that one counts
			log.debug("Delivery {} changed while it was being sent", deliveryId);
		}
	}

	private record Claimed(String messageId, String payload, String url, String secret) {

	}

	private Outcome send(Claimed claimed) {
		try {
			AddressPolicy.Target target = this.policy.check(claimed.url());
			long timestamp = this.clock.instant().getEpochSecond();
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("webhook-id", claimed.messageId());
			headers.put("webhook-timestamp", Long.toString(timestamp));
			headers.put("webhook-signature",
					Signature.sign(claimed.secret(), claimed.messageId(), timestamp, claimed.payload()));
			WebhookHttp.Answer answer = this.http.post(target, target.addresses().get(0), headers,
					claimed.payload().getBytes(StandardCharsets.UTF_8));
			return new Outcome(answer.status(), null, answer.retryAfter());
		}
		catch (AddressPolicy.Refused ex) {
			return new Outcome(null, "address", null);
		}
		catch (SocketTimeoutException ex) {
			return new Outcome(null, "timeout", null);
		}
		catch (SSLException ex) {
			return new Outcome(null, "tls", null);
		}
		catch (IOException | RuntimeException ex) {
			return new Outcome(null, "connection", null);
		}
	}

	private void record(long deliveryId, String owner, Outcome outcome) {
		WebhookDelivery delivery = this.deliveries.findById(deliveryId).orElse(null);
		if (delivery == null || !owner.equals(delivery.leaseOwner())) {
			return;
		}
		Instant now = this.clock.instant();
		long endpoint = delivery.endpointId();
		if (outcome.delivered()) {
			delivery.delivered(outcome.status(), now);
			this.endpoints.succeeded(endpoint);
			this.metrics.count("delivered", "none");
		}
		else {
			Duration wait = this.schedule.next(delivery.attempts() + 1, outcome.retryAfter());
			delivery.failed(outcome.status(), outcome.error(), now, (wait != null) ? now.plus(wait) : null);
			this.endpoints.failing(endpoint, now);
			boolean gone = Integer.valueOf(410).equals(outcome.status());
			if (this.endpoints.pauseIfFailingSince(endpoint, gone ? now : now.minus(this.pauseAfter), now) > 0) {
				log.info("Webhook endpoint {} paused: {}", endpoint,
						gone ? "it answered 410 Gone" : "it failed for " + this.pauseAfter);
			}
			this.metrics.count((wait != null) ? "retry" : "gave-up",
					(outcome.error() != null) ? outcome.error() : "status");
		}
		this.deliveries.save(delivery);
	}

}
