package org.safercommunities.crypto;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pinned key ids in the database (key ids only, never key material): the primary key of the first start. Two
 * instances starting at once both try to pin; the primary key of {@code crypto_mac_key} keeps one, and both read it.
 */
@Component
@DependsOnDatabaseInitialization
class JdbcMacKeyPin implements MacKeyPin.Movable {

	private final JdbcClient jdbc;

	JdbcMacKeyPin(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int keyIdFor(String purpose, int primaryKeyId) {
		return pinned(purpose).orElseGet(() -> {
			try {
				jdbc.sql("insert into crypto_mac_key (purpose, key_id, pinned_at) values (?, ?, ?)")
					.params(purpose, Integer.toUnsignedLong(primaryKeyId), Timestamp.from(Instant.now()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance pinned first: its choice stands.
			}
			return pinned(purpose).orElseThrow();
		});
	}

	@Override
	public void repin(String purpose, int keyId) {
		jdbc.sql("update crypto_mac_key set key_id = ?, pinned_at = ? where purpose = ?")
			.params(Integer.toUnsignedLong(keyId), Timestamp.from(Instant.now()), purpose)
			.update();
	}

	private Optional<Integer> pinned(String purpose) {
		return jdbc.sql("select key_id from crypto_mac_key where purpose = ?").param(purpose).query(Long.class).optional()
			.map(Long::intValue);
	}

}
