package io.archfit.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live reports ({@code archfit.live.*}): open reports learn of new comments, votes and
 * decisions through server-sent events.
 *
 * @param pollInterval how often each instance looks in the database for changes to the
 * reports open on it
 * @param maxStreams open event streams per instance; more are refused with 503
 * @param streamDuration how long one stream stays open before the browser opens a new one
 */
@ConfigurationProperties("archfit.live")
public record LiveSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("500") int maxStreams,
		@DefaultValue("10m") Duration streamDuration) {

}
