package io.archfit.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How webhooks are delivered ({@code archfit.webhooks.*}).
 *
 * @param allowPrivateAddresses whether endpoints may be on loopback and private addresses
 * (and use plain {@code http} there), for installations inside a company network and for
 * tests; link-local and cloud metadata addresses stay refused
 * @param publicUrl the address users open ArchFit at, for the links in deliveries
 * @param connectTimeout how long a delivery may take to connect
 * @param readTimeout how long a receiver may take to answer
 * @param firstRetry the wait before the first retry; each further one waits twice as long
 * (with jitter)
 * @param maxRetryDelay the longest wait between two attempts
 * @param maxAttempts attempts before a delivery is given up
 * @param pauseAfter how long an endpoint may fail without a success before it is paused
 * @param pollInterval how often each instance looks for due deliveries
 * @param senders deliveries sent at once per instance; 0 sends none from this instance
 * @param keepDeliveries how long deliveries stay listed
 */
@ConfigurationProperties("archfit.webhooks")
public record WebhookSettings(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("http://localhost:8080") String publicUrl, @DefaultValue("3s") Duration connectTimeout,
		@DefaultValue("10s") Duration readTimeout, @DefaultValue("10s") Duration firstRetry,
		@DefaultValue("6h") Duration maxRetryDelay, @DefaultValue("15") int maxAttempts,
		@DefaultValue("24h") Duration pauseAfter, @DefaultValue("1s") Duration pollInterval,
		@DefaultValue("4") int senders, @DefaultValue("30d") Duration keepDeliveries) {

	public WebhookSettings {
		publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		if (maxAttempts < 1 || senders < 0) {
			throw new IllegalArgumentException("archfit.webhooks.max-attempts must be 1 or more, senders 0 or more");
		}
	}

	/**
	 * How long a sender holds a claimed delivery: longer than any attempt can take, so
	 * that only a sender that died loses its claim.
	 */
	Duration lease() {
		return this.connectTimeout.plus(this.readTimeout).multipliedBy(2).plusSeconds(5);
	}

}
