package io.archfit.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Counts delivery attempts by outcome ({@code delivered}, {@code retry}, {@code gave-up})
 * and reason ({@code none}, {@code status}, {@code timeout}, {@code connection},
 * {@code tls}, {@code address}) as {@code archfit.webhook.deliveries}. No endpoint, URL
 * or key appears in a tag.
 */
@Component
class DeliveryMetrics {

	static final String NAME = "archfit.webhook.deliveries";

	private final MeterRegistry registry;

	DeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void count(String outcome, String reason) {
		Counter.builder(NAME)
			.description("Webhook delivery attempts by outcome")
			.tag("outcome", outcome)
			.tag("reason", reason)
			.register(this.registry)
			.increment();
	}

}
