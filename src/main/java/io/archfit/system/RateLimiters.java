package io.archfit.system;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The four request limits ({@link RateLimitSettings}) and where their buckets live: in
 * the PostgreSQL database when the application runs on one (every instance counts
 * together), else in memory. Refusals are counted per limit
 * ({@code archfit.rate.limit.refusals}, tag {@code limit}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RateLimiters {

	/** The limits by name; the names appear in metrics and say which limit refused. */
	record Limits(RateLimiter keyMisses, RateLimiter creations, RateLimiter comments, RateLimiter votes) {

	}

	@Bean
	Buckets rateLimitBuckets(Environment environment, DataSource dataSource, RateLimitSettings settings) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:postgresql:")) {
			return new DatabaseBuckets(dataSource, settings.window());
		}
		return new LocalBuckets(settings.window());
	}

	@Bean
	Limits rateLimitsByName(RateLimitSettings settings, Buckets buckets, MeterRegistry meters) {
		return new Limits(limiter("keyMisses", settings.keyMissesPerMinute(), settings, buckets, meters),
				limiter("creations", settings.creationsPerMinute(), settings, buckets, meters),
				limiter("comments", settings.commentsPerMinute(), settings, buckets, meters),
				limiter("votes", settings.votesPerMinute(), settings, buckets, meters));
	}

	private static RateLimiter limiter(String name, int limit, RateLimitSettings settings, Buckets buckets,
			MeterRegistry meters) {
		Counter refusals = Counter.builder("archfit.rate.limit.refusals")
			.description("Requests answered 429 by a request limit")
			.tag("limit", name)
			.register(meters);
		return new RateLimiter(name, limit, settings.window(), buckets, refusals);
	}

}
