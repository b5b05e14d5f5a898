package io.archfit.integration;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries in the background, after the commit that created them: a
 * dispatcher looks for due deliveries every poll interval (and at once when a delivery
 * was just created or redelivered on this instance), claims as many as it has free
 * senders, and hands each to a sender thread. With {@code archfit.webhooks.senders=0} an
 * instance sends nothing (another one does). On shutdown it claims nothing more and lets
 * the attempts under way finish.
 */
@Component
class DeliverySender implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);

	/** This instance's name on the deliveries it claims. */
	private final String owner = UUID.randomUUID().toString();

	private final DeliveryClaims claims;

	private final DeliveryAttempt attempt;

	private final int senders;

	private final Duration pollInterval;

	private final Duration attemptTime;

	private final Semaphore wakeups = new Semaphore(0);

	private final AtomicInteger inFlight = new AtomicInteger();

	private volatile boolean running;

	private volatile boolean failing;

	private ExecutorService pool;

	private Thread dispatcher;

	DeliverySender(DeliveryClaims claims, DeliveryAttempt attempt, WebhookSettings settings) {
		this.claims = claims;
		this.attempt = attempt;
		this.senders = settings.senders();
		this.pollInterval = settings.pollInterval();
		this.attemptTime = settings.connectTimeout().plus(settings.readTimeout());
	}

	/** Looks for due deliveries now rather than at the next poll. */
	void wake() {
		this.wakeups.release();
	}

	@Override
	public void start() {
		if (this.senders == 0) {
			return;
		}
		AtomicInteger threads = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(this.senders, (task) -> {
			Thread thread = new Thread(task, "webhook-sender-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		this.running = true;
		this.dispatcher = new Thread(this::dispatch, "webhook-dispatcher");
		this.dispatcher.setDaemon(true);
		this.dispatcher.start();
	}

	@Override
	public void stop() {
		if (!this.running) {
			return;
		}
		this.running = false;
		wake();
		try {
			this.dispatcher.join(this.pollInterval.toMillis() + 5_000);
			this.pool.shutdown();
			this.pool.awaitTermination(this.attemptTime.toMillis() + 1_000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void dispatch() {
		while (this.running) {
			try {
				int free = this.senders - this.inFlight.get();
				if (free > 0) {
					List<Long> claimed = this.claims.claim(this.owner, free);
					claimed.forEach(this::hand);
				}
				if (this.failing) {
					log.info("Webhook deliveries resumed");
					this.failing = false;
				}
			}
			catch (RuntimeException ex) {
				if (!this.failing) {
					log.warn("Webhook deliveries wait: could not claim deliveries ({})", ex.getClass().getSimpleName());
					this.failing = true;
				}
			}
			try {
				this.wakeups.tryAcquire(this.pollInterval.toMillis(), TimeUnit.MILLISECONDS);
				this.wakeups.drainPermits();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void hand(long deliveryId) {
		this.inFlight.incrementAndGet();
		this.pool.execute(() -> {
			try {
				this.attempt.run(deliveryId, this.owner);
			}
			catch (RuntimeException ex) {
				log.warn("Webhook delivery {} could not be recorded ({}); it is sent again when its claim runs out",
						deliveryId, ex.getClass().getSimpleName());
			}
			finally {
				this.inFlight.decrementAndGet();
				wake();
			}
		});
	}

}
