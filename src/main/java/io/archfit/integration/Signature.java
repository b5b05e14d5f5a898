package io.archfit.integration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures per the Standard Webhooks convention: a secret is {@code whsec_} followed by
 * base64 of 24 random bytes; a signature is {@code v1,} followed by base64 of the
 * HMAC-SHA256, keyed with those bytes, of
 * {@code <webhook-id>.<webhook-timestamp>.<body>}.
 */
final class Signature {

	static final String SECRET_PREFIX = "whsec_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Signature() {
	}

	/** A new endpoint secret. */
	static String newSecret() {
		byte[] key = new byte[24];
		RANDOM.nextBytes(key);
		return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * A new webhook id: {@code msg_} and 128 random bits (no full stop, which would blur
	 * the signed text's parts).
	 */
	static String newMessageId() {
		byte[] id = new byte[16];
		RANDOM.nextBytes(id);
		return "msg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(id);
	}

	/** The {@code webhook-signature} header value. */
	static String sign(String secret, String messageId, long timestamp, String body) {
		String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
			byte[] signed = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
			return "v1," + Base64.getEncoder().encodeToString(signed);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
