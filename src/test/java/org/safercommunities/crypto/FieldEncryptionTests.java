package org.safercommunities.crypto;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptionTests {

	@Test
	void textRoundTripsAndIsNeverStoredAsWritten() throws Exception {
		FieldEncryption encryption = new FieldEncryption(new CryptoSettings(FieldEncryption.newKeysetJson(), null, false));

		String stored = encryption.encrypt("Amina, 07700 900123");

		assertThat(stored).doesNotContain("Amina", "07700");
		assertThat(encryption.encrypt("Amina, 07700 900123")).as("a fresh nonce each time").isNotEqualTo(stored);
		assertThat(encryption.decrypt(stored)).isEqualTo("Amina, 07700 900123");
		assertThat(encryption.encrypt((String) null)).isNull();
	}

	@Test
	void aTamperedValueOrAnotherKeyIsRefusedNotMisread() throws Exception {
		FieldEncryption encryption = new FieldEncryption(new CryptoSettings(FieldEncryption.newKeysetJson(), null, false));
		FieldEncryption otherKey = new FieldEncryption(new CryptoSettings(FieldEncryption.newKeysetJson(), null, false));
		byte[] stored = Base64.getDecoder().decode(encryption.encrypt("secret account"));
		stored[stored.length - 1] ^= 1;

		assertThatThrownBy(() -> encryption.decrypt(Base64.getEncoder().encodeToString(stored)))
			.hasMessageContaining("could not be decrypted");
		assertThatThrownBy(() -> otherKey.decrypt(encryption.encrypt("secret account")))
			.hasMessageContaining("could not be decrypted");
	}

	@Test
	void withoutAKeyTheApplicationRefusesToStart() {
		assertThatThrownBy(() -> new FieldEncryption(new CryptoSettings(null, null, false)))
			.hasMessageContaining("SAFER_CRYPTO_KEYSET");
	}

	@Test
	void theDemoMakesItsKeyOnceAndKeepsIt(@TempDir Path folder) throws Exception {
		Path keyset = folder.resolve("data/demo-keyset.json");
		FieldEncryption first = new FieldEncryption(new CryptoSettings(null, keyset, true));
		String stored = first.encrypt("kept between restarts");

		FieldEncryption afterRestart = new FieldEncryption(new CryptoSettings(null, keyset, true));

		assertThat(Files.exists(keyset)).isTrue();
		assertThat(afterRestart.decrypt(stored)).isEqualTo("kept between restarts");
	}

}
