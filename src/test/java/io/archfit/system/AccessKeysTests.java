package io.archfit.system;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessKeysTests {

	@Test
	void keysAreUniqueUrlSafeAndCarryAtLeast128RandomBits() {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			String key = AccessKeys.newKey();
			assertThat(AccessKeys.isWellFormed(key)).isTrue();
			keys.add(key);
		}
		assertThat(keys).hasSize(100_000);
		assertThat(AccessKeys.KEY_BYTES * 8).isGreaterThanOrEqualTo(128);
		for (String key : keys.stream().limit(100).toList()) {
			assertThat(java.util.Base64.getUrlDecoder().decode(key).length * 8).isGreaterThanOrEqualTo(128);
		}
	}

	@Test
	void ownerKeysAreStoredAsSha256() {
		assertThat(AccessKeys.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void malformedKeysAreRecognised() {
		assertThat(AccessKeys.isWellFormed(null)).isFalse();
		assertThat(AccessKeys.isWellFormed("short")).isFalse();
		assertThat(AccessKeys.isWellFormed("A".repeat(31) + "/")).isFalse();
	}

}
