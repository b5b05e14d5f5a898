package io.archfit.integration;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Listeners of the event publication registry run on their own threads after the commit
 * ({@code @Async}); housekeeping, the registry's check for stale publications and the
 * live reports' look at recent changes run on the scheduler.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
class IntegrationConfiguration {

}
