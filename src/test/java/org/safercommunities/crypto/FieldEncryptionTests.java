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

	@Test
	void aKeysetOfOneKeyGivesTheKeyedHashesItGaveBeforeRotationExisted() throws Exception {
		String json = FieldEncryption.newKeysetJson();
		FieldEncryption encryption = new FieldEncryption(new CryptoSettings(json, null, false));
		com.google.crypto.tink.KeysetHandle parsed = com.google.crypto.tink.TinkJsonProtoKeysetFormat.parseKeyset(json,
				com.google.crypto.tink.InsecureSecretKeyAccess.get());
		byte[] oldRoot = java.security.MessageDigest.getInstance("SHA-256").digest(("safer-communities/pseudonym/v1\n"
				+ com.google.crypto.tink.TinkJsonProtoKeysetFormat.serializeKeyset(parsed,
						com.google.crypto.tink.InsecureSecretKeyAccess.get())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec(oldRoot, "HmacSHA256"));
		String before = Base64.getUrlEncoder().withoutPadding()
			.encodeToString(mac.doFinal("case-place|NW94ZZ".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

		assertThat(encryption.pseudonym("case-place|NW94ZZ")).isEqualTo(before);
	}

	@Test
	void aRotatedKeysetWritesWithTheNewKeyReadsTheOldAndKeepsTheKeyedHashes() throws Exception {
		String json = FieldEncryption.newKeysetJson();
		FieldEncryption before = new FieldEncryption(new CryptoSettings(json, null, false));
		String old = before.encrypt("kept through rotation");
		int originalKey = before.primaryKeyId();

		String rotatedJson = FieldEncryption.rotatedKeysetJson(json);
		FieldEncryption after = new FieldEncryption(new CryptoSettings(rotatedJson, null, false), (purpose, primary) -> originalKey);

		assertThat(after.primaryKeyId()).isNotEqualTo(originalKey);
		assertThat(after.decrypt(old)).isEqualTo("kept through rotation");
		assertThat(FieldEncryption.keyIdOf(Base64.getDecoder().decode(old))).hasValue(originalKey);
		assertThat(FieldEncryption.keyIdOf(Base64.getDecoder().decode(after.encrypt("new")))).hasValue(after.primaryKeyId());
		assertThat(FieldEncryption.keyIdOf(after.reencrypt(Base64.getDecoder().decode(old), null))).hasValue(after.primaryKeyId());
		assertThat(after.pseudonym("NW9 4ZZ")).isEqualTo(before.pseudonym("NW9 4ZZ"));
		assertThat(after.newMac("audit-chain/v1").doFinal(new byte[] { 1 }))
			.isEqualTo(before.newMac("audit-chain/v1").doFinal(new byte[] { 1 }));
	}

	@Test
	void aKeysetWithoutThePinnedKeyIsRefusedAtStart() throws Exception {
		assertThatThrownBy(() -> new FieldEncryption(new CryptoSettings(FieldEncryption.newKeysetJson(), null, false),
				(purpose, primary) -> primary + 1))
			.hasMessageContaining("keep that key in SAFER_CRYPTO_KEYSET");
	}

	@Test
	void aDisabledOldKeyOpensNothingButStillDerivesTheKeyedHashes() throws Exception {
		String json = FieldEncryption.newKeysetJson();
		FieldEncryption before = new FieldEncryption(new CryptoSettings(json, null, false));
		String old = before.encrypt("under the old key");
		int originalKey = before.primaryKeyId();
		String disabled = FieldEncryption.rotatedKeysetJson(json).replaceFirst(
				"\"status\":\"ENABLED\",\"keyId\":" + Integer.toUnsignedString(originalKey) + ",",
				"\"status\":\"DISABLED\",\"keyId\":" + Integer.toUnsignedString(originalKey) + ",");
		assertThat(disabled).contains("DISABLED");

		FieldEncryption retired = new FieldEncryption(new CryptoSettings(disabled, null, false), (purpose, primary) -> originalKey);

		assertThatThrownBy(() -> retired.decrypt(old)).hasMessageContaining("could not be decrypted");
		assertThat(retired.newMac("audit-chain/v1").doFinal(new byte[] { 1 }))
			.isEqualTo(before.newMac("audit-chain/v1").doFinal(new byte[] { 1 }));
		assertThat(retired.pseudonym("NW9 4ZZ")).isEqualTo(before.pseudonym("NW9 4ZZ"));
	}

}
