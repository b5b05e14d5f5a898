package io.archfit.integration;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a minute: hands events whose handling failed (or stalled, as the registry's
 * staleness check marks them, e.g. when an instance died before handling them) to their
 * listeners again; forgets deliveries older than {@code archfit.webhooks.keep-deliveries}
 * that are done, and live-report changes nobody needs any more. Completed event
 * publications are deleted by the registry itself as they complete.
 */
@Component
class Housekeeping implements SchedulingConfigurer {

	static final Duration INTERVAL = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(Housekeeping.class);

	private final FailedEventPublications failed;

	private final WebhookDeliveryRepository deliveries;

	private final LiveActivity activity;

	private final TransactionTemplate transactions;

	private final Duration keepDeliveries;

	private final Clock clock = Clock.systemUTC();

	Housekeeping(FailedEventPublications failed, WebhookDeliveryRepository deliveries, LiveActivity activity,
			PlatformTransactionManager transactions, WebhookSettings settings) {
		this.failed = failed;
		this.deliveries = deliveries;
		this.activity = activity;
		this.transactions = new TransactionTemplate(transactions);
		this.keepDeliveries = settings.keepDeliveries();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::run, INTERVAL);
	}

	void run() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults().withBatchSize(100));
			this.transactions.executeWithoutResult((status) -> {
				this.deliveries.deleteFinishedBefore(this.clock.instant().minus(this.keepDeliveries));
				this.activity.forgetOld();
			});
		}
		catch (RuntimeException ex) {
			log.warn("Housekeeping of webhooks and live reports skipped this time ({})", ex.getClass().getSimpleName());
		}
	}

}
