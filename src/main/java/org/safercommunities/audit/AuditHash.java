package org.safercommunities.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The link of the hash chain: over an entry's fields and the previous entry's hash. New entries are keyed
 * ({@link #keyed}: HMAC-SHA256 under a key derived from the encryption keyset, which is not in the database), so
 * someone who can write to the database cannot rewrite an entry and recompute the chain after it. Entries written
 * before the chain was keyed carry a plain SHA-256 ({@link #of}); a keyed hash starts with {@code k}, which a
 * hexadecimal SHA-256 never does.
 */
final class AuditHash {

	static final String KEYED = "k";

	private AuditHash() {
	}

	/** "k" and the first 63 hexadecimal digits of the HMAC (252 bits), so it fits the 64 characters of the column. */
	static String keyed(AuditEntry entry, javax.crypto.Mac mac) {
		byte[] digest = mac.doFinal(("keyed-v1|" + canonical(entry)).getBytes(StandardCharsets.UTF_8));
		return KEYED + HexFormat.of().formatHex(digest).substring(0, 63);
	}

	static boolean isKeyed(String hash) {
		return hash != null && hash.startsWith(KEYED);
	}

	/** The plain SHA-256 of entries written before the chain was keyed. */
	static String of(AuditEntry entry) {
		String canonical = canonical(entry);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String canonical(AuditEntry entry) {
		// Length-prefixed fields, so no two different entries can produce the same text.
		String canonical = Stream
			.of(entry.previousHash(), String.valueOf(entry.occurredAt().toEpochMilli() * 1000
					+ entry.occurredAt().getNano() / 1000 % 1000), entry.actorUserId(), entry.actorName(),
					entry.actorOrganisationId(), entry.action(), entry.recordType(), entry.recordId(), entry.reason())
			.map(value -> Objects.toString(value, "\u0000"))
			.map(value -> value.length() + ":" + value)
			.collect(Collectors.joining("|"));
		return canonical;
	}

}
