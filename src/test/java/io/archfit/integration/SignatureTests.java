package io.archfit.integration;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import io.archfit.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signatures per Standard Webhooks: the published example of the convention's reference
 * libraries signs to the same value; a receiver's check (as in the README) accepts ours
 * and refuses a changed body, id or timestamp.
 */
class SignatureTests {

	@Test
	void signsLikeTheConventionsReferenceExample() {
		assertThat(Signature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
				"{\"test\": 2432232314}"))
			.isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
	}

	@Test
	void aReceiverAcceptsOnlyWhatWasSigned() {
		String secret = Signature.newSecret();
		String id = Signature.newMessageId();
		String body = "{\"type\":\"comment.created\"}";
		String signature = Signature.sign(secret, id, 1700000000L, body);
		assertThat(WebhookReceiver.verify(secret, id, "1700000000", signature, body)).isTrue();
		assertThat(WebhookReceiver.verify(secret, id, "1700000000", "v1,bad v1a,x " + signature, body)).isTrue();
		assertThat(WebhookReceiver.verify(secret, id, "1700000000", signature, body + " ")).isFalse();
		assertThat(WebhookReceiver.verify(secret, id + "x", "1700000000", signature, body)).isFalse();
		assertThat(WebhookReceiver.verify(secret, id, "1700000001", signature, body)).isFalse();
		assertThat(WebhookReceiver.verify(Signature.newSecret(), id, "1700000000", signature, body)).isFalse();
	}

	@Test
	void secretsAndIdsAreRandomAndShapedAsTheConventionSays() {
		Set<String> secrets = new HashSet<>();
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String secret = Signature.newSecret();
			assertThat(secret).startsWith("whsec_");
			assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
			secrets.add(secret);
			String id = Signature.newMessageId();
			assertThat(id).matches("msg_[A-Za-z0-9_-]{22}");
			ids.add(id);
		}
		assertThat(secrets).hasSize(1000);
		assertThat(ids).hasSize(1000);
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeWithJitterUpToTheMaximumThenGiveUp() {
		RetrySchedule schedule = new RetrySchedule(java.time.Duration.ofSeconds(10), java.time.Duration.ofHours(6), 15);
		for (int attempts = 1; attempts < 15; attempts++) {
			long full = Math.min(10_000L << Math.min(attempts - 1, 30), 6 * 3600_000L);
			long wait = schedule.next(attempts, null).toMillis();
			assertThat(wait).as("after %d attempts", attempts).isBetween(full / 2, full);
		}
		assertThat(schedule.next(15, null)).isNull();
		assertThat(schedule.next(1, java.time.Duration.ofMinutes(2))).isEqualTo(java.time.Duration.ofMinutes(2));
	}

}
