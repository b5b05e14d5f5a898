package io.archfit.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock the application takes "now" from (UTC): creation and change times,
 * decisions, comments, votes and exports. Services get it injected, so a test can give
 * them a fixed one.
 */
@Configuration(proxyBeanMethods = false)
class SystemClock {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
