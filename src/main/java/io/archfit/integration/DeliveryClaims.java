package io.archfit.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due deliveries for one sender: a conditional update sets the sender's name and a
 * lease on a row only if no other sender holds it, so that instances sharing a database
 * never send one delivery at once. A sender that dies loses its claims when their lease
 * runs out, and another one (or itself, started again) sends them with the same webhook
 * id.
 */
@Component
class DeliveryClaims {

	private final WebhookDeliveryRepository deliveries;

	private final TransactionTemplate transactions;

	private final Duration lease;

	private final Clock clock = Clock.systemUTC();

	DeliveryClaims(WebhookDeliveryRepository deliveries, PlatformTransactionManager transactions,
			WebhookSettings settings) {
		this.deliveries = deliveries;
		this.transactions = new TransactionTemplate(transactions);
		this.lease = settings.lease();
	}

	/** Up to {@code max} due deliveries, now held by {@code owner}. */
	List<Long> claim(String owner, int max) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			List<Long> claimed = new ArrayList<>();
			for (Long id : this.deliveries.due(now, PageRequest.of(0, max * 2))) {
				if (this.deliveries.claim(id, owner, now.plus(this.lease), now) == 1) {
					claimed.add(id);
					if (claimed.size() >= max) {
						break;
					}
				}
			}
			return claimed;
		});
	}

}
