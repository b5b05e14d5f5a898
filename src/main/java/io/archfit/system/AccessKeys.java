package io.archfit.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets behind capability links. A key is 192 random bits from
 * {@link SecureRandom}, written in base64url without padding (32 characters). Owner keys
 * are stored only as their SHA-256 hash.
 */
public final class AccessKeys {

	/**
	 * Random bytes per key: 24 bytes are 192 bits, above the 128 bits capability URLs
	 * need.
	 */
	static final int KEY_BYTES = 24;

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{32}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private AccessKeys() {
	}

	public static String newKey() {
		byte[] bytes = new byte[KEY_BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Whether a presented value has the shape of a key; anything else cannot match one.
	 */
	public static boolean isWellFormed(String key) {
		return key != null && SHAPE.matcher(key).matches();
	}

	/** SHA-256 of the key, lower-case hex: what is stored for owner keys. */
	public static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
