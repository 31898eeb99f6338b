package org.safercommunities.crypto;

/**
 * A column a module stores ciphertext in outside JPA's {@link EncryptedText} (those are found on their own), so that
 * {@link KeyRotation} can re-encrypt it. The module that owns the table declares it through
 * {@link EncryptedColumn.Source}; nobody else names its tables.
 *
 * @param table the table
 * @param idColumn a unique column to page through the rows in order (usually {@code id})
 * @param column the column holding the ciphertext
 * @param storage how the ciphertext is kept
 * @param purpose what it was encrypted for ({@link FieldEncryption#encrypt(byte[], String)}), with {@code {id}} standing
 * for the row's id; null for values of {@link FieldEncryption#encrypt(String)} or {@link FieldEncryption#encrypt(byte[])}
 */
public record EncryptedColumn(String table, String idColumn, String column, Storage storage, String purpose) {

	public enum Storage {
		/** Base64 text, as {@link FieldEncryption#encrypt(String)} makes. */
		BASE64_TEXT,
		/** The bytes themselves (a binary column). */
		BYTES
	}

	public static EncryptedColumn text(String table, String column) {
		return new EncryptedColumn(table, "id", column, Storage.BASE64_TEXT, null);
	}

	public static EncryptedColumn bytes(String table, String column) {
		return new EncryptedColumn(table, "id", column, Storage.BYTES, null);
	}

	public EncryptedColumn forPurpose(String purpose) {
		return new EncryptedColumn(table, idColumn, column, storage, purpose);
	}

	String purposeOf(Object id) {
		return purpose == null ? null : purpose.replace("{id}", String.valueOf(id));
	}

	@Override
	public String toString() {
		return table + "." + column;
	}

	/** Implemented by the module class that writes such columns. */
	public interface Source {

		java.util.List<EncryptedColumn> encryptedColumns();

	}

}
