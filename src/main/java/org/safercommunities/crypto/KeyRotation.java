package org.safercommunities.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-encrypts every stored value under the keyset's primary key, after {@code rotate-keyset} has added one, so the
 * old key can then be removed. A batch at a time, each in its own transaction with its rows locked, so the
 * application can keep running. Resumable: a value already under the primary key is left as it is, so a run stopped
 * by a crash is finished by running it again. Run by {@code java -jar safer-communities.jar reencrypt}.
 * <p>
 * This is the one place that writes other modules' tables: only their ciphertext, byte for byte the same plaintext,
 * in the columns they declare ({@link EncryptedColumn.Source}) or map with {@link EncryptedText}.
 */
@Component
public class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final FieldEncryption encryption;

	private final EncryptedColumns columns;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final MacKeyPin.Movable pin;

	private final List<BlindIndex> indexes;

	KeyRotation(FieldEncryption encryption, EncryptedColumns columns, JdbcClient jdbc,
			PlatformTransactionManager transactions, MacKeyPin.Movable pin, List<BlindIndex> indexes) {
		this.encryption = encryption;
		this.columns = columns;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.pin = pin;
		this.indexes = indexes;
	}

	/**
	 * Rebuilds every module's blind index under the primary key, then moves the hashes pin to it: the second step
	 * of retiring the key they were made with (the first is {@link #reencrypt}). With every instance stopped, since
	 * look-ups made meanwhile would use the old hashes. A crash before the pin moves leaves the old pin and some
	 * rebuilt rows: running it again rebuilds them all. Rate-limit buckets, report drafts and their CSRF tokens are
	 * keyed by the same hashes and simply start afresh. The audit chain keeps its own key.
	 */
	public java.util.Map<String, Long> rekeyHashes() throws java.security.GeneralSecurityException {
		int primary = encryption.primaryKeyId();
		Pseudonyms hashes = encryption.pseudonymsUnder(primary);
		java.util.Map<String, Long> rebuilt = new java.util.LinkedHashMap<>();
		for (BlindIndex index : indexes) {
			long rows = transactions.execute(status -> index.rebuild(hashes));
			rebuilt.put(index.indexName(), rows);
			log.info("Blind index {}: {} records given new look-up keys", index.indexName(), rows);
		}
		pin.repin(MacKeyPin.HASHES, primary);
		log.info("Look-up keys now come from key {}", Integer.toUnsignedString(primary));
		return rebuilt;
	}

	/** What one column held and what the run did with it. */
	public record ColumnResult(EncryptedColumn column, long values, long reencrypted, long alreadyUnderPrimary,
			long unreadable) {
	}

	public record Result(int primaryKeyId, List<ColumnResult> columns) {

		public long unreadable() {
			return columns.stream().mapToLong(ColumnResult::unreadable).sum();
		}

		public long reencrypted() {
			return columns.stream().mapToLong(ColumnResult::reencrypted).sum();
		}

	}

	/** Re-encrypts every column, logging each one's progress and result. */
	public Result reencrypt(int batchSize) {
		int primary = encryption.primaryKeyId();
		List<ColumnResult> results = new ArrayList<>();
		for (EncryptedColumn column : columns.all()) {
			ColumnResult result = reencrypt(column, primary, batchSize);
			results.add(result);
			log.info("{}: {} values, {} re-encrypted, {} already under the primary key, {} unreadable (left as they are)",
					column, result.values(), result.reencrypted(), result.alreadyUnderPrimary(), result.unreadable());
		}
		return new Result(primary, results);
	}

	private ColumnResult reencrypt(EncryptedColumn column, int primary, int batchSize) {
		long values = jdbc.sql("select count(*) from " + column.table() + " where " + column.column() + " is not null")
			.query(Long.class).single();
		long[] counts = new long[3];
		Object after = null;
		long seen = 0;
		while (true) {
			Object from = after;
			List<Object> ids = transactions.execute(status -> batch(column, from, primary, batchSize, counts));
			if (ids.isEmpty()) {
				break;
			}
			after = ids.get(ids.size() - 1);
			seen += ids.size();
			if (seen % (batchSize * 10L) == 0) {
				log.info("{}: {} of {} values", column, seen, values);
			}
		}
		return new ColumnResult(column, values, counts[0], counts[1], counts[2]);
	}

	/** One batch of rows after {@code after}, locked; returns their ids in order. */
	private List<Object> batch(EncryptedColumn column, Object after, int primary, int size, long[] counts) {
		record Row(Object id, byte[] ciphertext, boolean decodable) {
		}
		String select = "select " + column.idColumn() + ", " + column.column() + " from " + column.table() + " where "
				+ column.column() + " is not null" + (after == null ? "" : " and " + column.idColumn() + " > ?")
				+ " order by " + column.idColumn() + " limit ? for update";
		JdbcClient.StatementSpec statement = jdbc.sql(select);
		statement = after == null ? statement.params(size) : statement.params(after, size);
		List<Row> rows = statement.query((rs, n) -> {
			byte[] stored = column.storage() == EncryptedColumn.Storage.BYTES ? rs.getBytes(2) : decode(rs.getString(2));
			return new Row(rs.getObject(1), stored, stored != null);
		}).list();
		for (Row row : rows) {
			if (!row.decodable()) {
				counts[2]++;
			}
			else if (FieldEncryption.keyIdOf(row.ciphertext()).orElse(0) == primary) {
				counts[1]++;
			}
			else {
				rewrite(column, row.id(), row.ciphertext(), counts);
			}
		}
		return rows.stream().map(Row::id).toList();
	}

	private void rewrite(EncryptedColumn column, Object id, byte[] ciphertext, long[] counts) {
		byte[] fresh;
		try {
			fresh = encryption.reencrypt(ciphertext, column.purposeOf(id));
		}
		catch (UndecryptableValue ex) {
			counts[2]++;
			return;
		}
		Object value = column.storage() == EncryptedColumn.Storage.BYTES ? fresh : Base64.getEncoder().encodeToString(fresh);
		jdbc.sql("update " + column.table() + " set " + column.column() + " = ? where " + column.idColumn() + " = ?")
			.params(value, id)
			.update();
		counts[0]++;
	}

	private static byte[] decode(String text) {
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
