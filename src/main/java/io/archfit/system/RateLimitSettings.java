package io.archfit.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The request limits per client address ({@code archfit.rate-limit.*}): how many unknown
 * keys, creations, comments and votes a client may send per window before it is answered
 * 429. 0 switches a limit off.
 *
 * @param keyMissesPerMinute unknown keys, wherever the key travels
 * @param creationsPerMinute new assessments (wizard, API, import, saved scenarios) and
 * workspaces (page, API, workspace import)
 * @param commentsPerMinute comments
 * @param votesPerMinute votes
 * @param window the length of one counting window, a minute unless set otherwise
 */
@ConfigurationProperties("archfit.rate-limit")
record RateLimitSettings(@DefaultValue("30") int keyMissesPerMinute, @DefaultValue("60") int creationsPerMinute,
		@DefaultValue("120") int commentsPerMinute, @DefaultValue("120") int votesPerMinute,
		@DefaultValue("1m") Duration window) {

	RateLimitSettings {
		if (window.isNegative() || window.isZero()) {
			throw new IllegalArgumentException("archfit.rate-limit.window must be longer than 0");
		}
	}

}
