package org.safercommunities.crypto;

import java.util.Base64;
import java.util.List;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.junit.jupiter.api.Test;
import org.safercommunities.people.People;
import org.safercommunities.people.PersonDetails;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation's SQL on the database in use (H2, and PostgreSQL with {@code -Ppostgres}): the shared test database
 * is moved to a new key and back again, so the tests after it read it as before.
 */
@IntegrationTest
class KeyRotationRoundTripIntegrationTests {

	@Autowired
	EncryptedColumns columns;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	People people;

	@Value("${safer.crypto.keyset}")
	String keyset;

	@Test
	void everyValueMovesToTheNewKeyAndBackWithNothingLost() throws Exception {
		long person = people.record(new PersonDetails("Round", "Trip", null, null, null, null, null, null, null,
				null, null), "key rotation test");
		String sealedBefore = sealed(person);
		int original = encryption.primaryKeyId();
		KeysetHandle both = TinkJsonProtoKeysetFormat.parseKeyset(FieldEncryption.rotatedKeysetJson(keyset),
				InsecureSecretKeyAccess.get());
		int added = both.getPrimary().getId();
		KeysetHandle backToOriginal = withPrimary(both, original);

		KeyRotation.Result forward = rotation(new FieldEncryption(both, (purpose, primary) -> original)).reencrypt(50);
		assertThat(forward.unreadable()).isZero();
		assertThat(FieldEncryption.keyIdOf(Base64.getDecoder().decode(sealed(person)))).hasValue(added);

		KeyRotation.Result back = rotation(new FieldEncryption(backToOriginal, (purpose, primary) -> original)).reencrypt(50);
		assertThat(back.reencrypted()).isEqualTo(forward.reencrypted());
		assertThat(FieldEncryption.keyIdOf(Base64.getDecoder().decode(sealed(person)))).hasValue(original);
		assertThat(sealed(person)).as("a fresh ciphertext of the same details").isNotEqualTo(sealedBefore);
		assertThat(people.details(person, "key rotation test")).as("read as before, with the key the application has")
			.hasValueSatisfying(found -> assertThat(found.displayName()).isEqualTo("Round Trip"));
	}

	private KeyRotation rotation(FieldEncryption with) {
		return new KeyRotation(with, columns, jdbc, transactions, KeyRotationIntegrationTests.notMoved(with.primaryKeyId()), List.of());
	}

	private static KeysetHandle withPrimary(KeysetHandle keyset, int keyId) throws Exception {
		KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
		for (int i = 0; i < builder.size(); i++) {
			if (keyset.getAt(i).getId() == keyId) {
				builder.getAt(i).makePrimary();
			}
		}
		return builder.build();
	}

	private String sealed(long person) {
		return jdbc.sql("select sealed_details from person where id = ?").param(person).query(String.class).single();
	}

}
