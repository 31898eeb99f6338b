package org.safercommunities.crypto;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pinned key id in the database (a key id only, never key material): the primary key of the first start. Two
 * instances starting at once both try to pin; the primary key of {@code crypto_mac_key} keeps one, and both read it.
 */
@Component
@DependsOnDatabaseInitialization
class JdbcMacKeyPin implements MacKeyPin {

	private final JdbcClient jdbc;

	JdbcMacKeyPin(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int keyIdFor(int primaryKeyId) {
		return pinned().orElseGet(() -> {
			try {
				jdbc.sql("insert into crypto_mac_key (singleton, key_id, pinned_at) values (true, ?, ?)")
					.params(Integer.toUnsignedLong(primaryKeyId), Timestamp.from(Instant.now()))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance pinned first: its choice stands.
			}
			return pinned().orElseThrow();
		});
	}

	private java.util.Optional<Integer> pinned() {
		return jdbc.sql("select key_id from crypto_mac_key").query(Long.class).optional().map(Long::intValue);
	}

}
