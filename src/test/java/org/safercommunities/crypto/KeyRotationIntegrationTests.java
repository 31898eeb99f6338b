package org.safercommunities.crypto;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Key rotation over the demo's records (reports, people, cases, CS MARAC, enforcement, Case Reviews): every column
 * holding ciphertext is known to {@link EncryptedColumns}, and after {@code rotate-keyset} and {@link KeyRotation}
 * every value opens with the new key alone, while the keyed hashes stay as they were. A database of its own, thrown
 * away afterwards (its values end under a key the other tests do not have). H2 only, as the demo itself.
 */
@IntegrationTest
@TestPropertySource(properties = { "safer.demo.enabled=true", "safer.demo.case-studies=true",
		"safer.demo.password=demo-password-2026",
		"spring.datasource.url=jdbc:h2:mem:key-rotation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@EnabledIfSystemProperty(named = "safer.test.database", matches = "h2|")
@DirtiesContext
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class KeyRotationIntegrationTests {

	/** Sessions last an hour and are not re-encrypted: the old key is kept that long after rotating (README). */
	private static final Set<String> SHORT_LIVED = Set.of("spring_session_attributes.attribute_bytes");

	@Autowired
	EncryptedColumns columns;

	@Autowired
	FieldEncryption encryption;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Value("${safer.crypto.keyset}")
	String keyset;

	@Autowired
	List<BlindIndex> indexes;

	/** Runs first: it needs the values still under the test key, which the rotation test moves away from. */
	@Test
	@org.junit.jupiter.api.Order(1)
	void rekeyingRebuildsEveryBlindIndexUnderTheNewKeyAndThenMovesThePin() throws Exception {
		List<String> peopleBefore = jdbc.sql("select digest from person_lookup order by person_id, kind, digest")
			.query(String.class).list();
		FieldEncryption afterRotation = new FieldEncryption(
				TinkJsonProtoKeysetFormat.parseKeyset(FieldEncryption.rotatedKeysetJson(keyset), InsecureSecretKeyAccess.get()),
				(purpose, primary) -> encryption.primaryKeyId());
		Pseudonyms newHashes = afterRotation.pseudonymsUnder(afterRotation.primaryKeyId());
		List<String> moved = new ArrayList<>();
		MacKeyPin.Movable pin = new MacKeyPin.Movable() {
			@Override
			public int keyIdFor(String purpose, int primaryKeyId) {
				return encryption.primaryKeyId();
			}

			@Override
			public void repin(String purpose, int keyId) {
				moved.add(purpose + "=" + keyId);
			}
		};
		var rebuilt = new KeyRotation(afterRotation, columns, jdbc, transactions, pin, indexes).rekeyHashes();

		assertThat(rebuilt).containsOnlyKeys("people", "case-places", "casereview-places");
		assertThat(rebuilt.get("people")).as("the demo's people").isGreaterThanOrEqualTo(5);
		assertThat(moved).containsExactly(MacKeyPin.HASHES + "=" + afterRotation.primaryKeyId());
		List<String> peopleAfter = jdbc.sql("select digest from person_lookup order by person_id, kind, digest")
			.query(String.class).list();
		assertThat(peopleAfter).hasSameSizeAs(peopleBefore).doesNotContainAnyElementsOf(peopleBefore);
		assertThat(jdbc.sql("select count(*) from case_file where place_key = ?")
			.param(newHashes.pseudonym("case-place|NW94ZZ")).query(Integer.class).single())
			.as("the three cases at the invented house, found by the new key").isEqualTo(3);

		indexes.forEach(index -> index.rebuild(encryption));
		assertThat(jdbc.sql("select digest from person_lookup order by person_id, kind, digest").query(String.class).list())
			.as("rebuilt under the key in use, the digests are what they were").isEqualTo(peopleBefore);
	}

	@Test
	@org.junit.jupiter.api.Order(2)
	void everyColumnThatHoldsCiphertextIsKnownAndTheDemoFillsMost() throws Exception {
		Set<String> known = new TreeSet<>(columns.all().stream().map(EncryptedColumn::toString).toList());
		Set<String> holdingCiphertext = columnsHoldingCiphertext();

		holdingCiphertext.removeAll(SHORT_LIVED);
		assertThat(known).as("columns holding ciphertext that key rotation does not know of").containsAll(holdingCiphertext);
		assertThat(holdingCiphertext).as("the demo's records reach the main modules' encrypted columns")
			.contains("hate_report.what_happened", "person.sealed_details", "case_file.place_description",
					"enforcement_action.conditions");
		assertThat(known).as("columns named as encrypted").containsAll(columnsNamedEncrypted());
	}

	@Test
	@org.junit.jupiter.api.Order(3)
	void afterRotationEveryValueOpensWithTheNewKeyAloneAndTheKeyedHashesStay() throws Exception {
		String pseudonymBefore = encryption.pseudonym("NW9 4ZZ");
		String rotatedJson = FieldEncryption.rotatedKeysetJson(keyset);
		KeysetHandle rotated = TinkJsonProtoKeysetFormat.parseKeyset(rotatedJson, InsecureSecretKeyAccess.get());
		int original = encryption.primaryKeyId();
		FieldEncryption afterRotation = new FieldEncryption(rotated, (purpose, primary) -> original);
		assertThat(afterRotation.primaryKeyId()).isNotEqualTo(original);
		assertThat(afterRotation.pseudonym("NW9 4ZZ")).as("look-up keys and the audit chain do not change")
			.isEqualTo(pseudonymBefore);

		KeyRotation rotation = new KeyRotation(afterRotation, columns, jdbc, transactions, notMoved(original), List.of());
		KeyRotation.Result first = rotation.reencrypt(7);

		assertThat(first.reencrypted()).as("values moved to the new key").isGreaterThan(50);
		assertThat(first.unreadable()).isZero();
		assertThat(first.columns()).filteredOn(result -> result.column().toString().equals("hate_report.what_happened"))
			.singleElement().satisfies(result -> assertThat(result.reencrypted()).isEqualTo(result.values()).isPositive());
		KeyRotation.Result again = rotation.reencrypt(7);
		assertThat(again.reencrypted()).as("a second run (as after a crash) finds nothing left to do").isZero();

		KeysetHandle newKeyOnly = KeysetHandle.newBuilder()
			.addEntry(KeysetHandle.importKey(rotated.getPrimary().getKey()).withFixedId(rotated.getPrimary().getId())
				.makePrimary())
			.build();
		FieldEncryption withoutTheOldKey = new FieldEncryption(newKeyOnly, (purpose, primary) -> primary);
		for (EncryptedColumn column : columns.all()) {
			for (Object[] row : values(column)) {
				byte[] ciphertext = (byte[]) row[1];
				assertThat(FieldEncryption.keyIdOf(ciphertext)).as(column + " row " + row[0]).hasValue(afterRotation.primaryKeyId());
				String purpose = column.purposeOf(row[0]);
				if (purpose == null) {
					withoutTheOldKey.decrypt(ciphertext);
				}
				else {
					withoutTheOldKey.decrypt(ciphertext, purpose);
				}
			}
		}
	}

	private List<Object[]> values(EncryptedColumn column) {
		return jdbc.sql("select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
				+ column.column() + " is not null")
			.query((rs, n) -> new Object[] { rs.getObject(1), column.storage() == EncryptedColumn.Storage.BYTES
					? rs.getBytes(2) : Base64.getDecoder().decode(rs.getString(2)) })
			.list();
	}

	/** Text and binary columns whose values start as this keyset's ciphertexts do. */
	private Set<String> columnsHoldingCiphertext() throws Exception {
		Set<String> found = new TreeSet<>();
		int key = encryption.primaryKeyId();
		for (String[] column : textAndBinaryColumns()) {
			List<byte[]> sample = jdbc.sql("select " + column[1] + " from " + column[0] + " where " + column[1]
					+ " is not null limit 20")
				.query((rs, n) -> Integer.parseInt(column[2]) == Types.VARCHAR ? decodeOrNull(rs.getString(1)) : rs.getBytes(1))
				.list();
			if (sample.stream().anyMatch(value -> FieldEncryption.keyIdOf(value).orElse(0) == key)) {
				found.add(column[0] + "." + column[1]);
			}
		}
		return found;
	}

	private Set<String> columnsNamedEncrypted() throws Exception {
		Set<String> named = new TreeSet<>();
		for (String[] column : textAndBinaryColumns()) {
			if (column[1].endsWith("_encrypted")) {
				named.add(column[0] + "." + column[1]);
			}
		}
		return named;
	}

	private List<String[]> textAndBinaryColumns() throws Exception {
		List<String[]> found = new ArrayList<>();
		try (var connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rs = meta.getColumns(null, "public", "%", "%")) {
				while (rs.next()) {
					int type = rs.getInt("DATA_TYPE");
					boolean text = type == Types.VARCHAR || type == Types.CLOB || type == Types.LONGVARCHAR;
					boolean binary = type == Types.VARBINARY || type == Types.BINARY || type == Types.BLOB
							|| type == Types.LONGVARBINARY;
					if (text || binary) {
						found.add(new String[] { rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT),
								rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
								String.valueOf(text ? Types.VARCHAR : Types.VARBINARY) });
					}
				}
			}
		}
		return found;
	}

	private static byte[] decodeOrNull(String text) {
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** For re-encryption alone, which never moves the hashes pin. */
	static MacKeyPin.Movable notMoved(int keyId) {
		return new MacKeyPin.Movable() {
			@Override
			public int keyIdFor(String purpose, int primaryKeyId) {
				return keyId;
			}

			@Override
			public void repin(String purpose, int newKeyId) {
				throw new AssertionError("re-encryption moved the " + purpose + " pin");
			}
		};
	}

}
