package org.safercommunities.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** SHA-256 over an entry's fields and the previous entry's hash: the link of the hash chain. */
final class AuditHash {

	private AuditHash() {
	}

	static String of(AuditEntry entry) {
		// Length-prefixed fields, so no two different entries can produce the same text.
		String canonical = Stream
			.of(entry.previousHash(), String.valueOf(entry.occurredAt().toEpochMilli() * 1000
					+ entry.occurredAt().getNano() / 1000 % 1000), entry.actorUserId(), entry.actorName(),
					entry.actorOrganisationId(), entry.action(), entry.recordType(), entry.recordId(), entry.reason())
			.map(value -> Objects.toString(value, "\u0000"))
			.map(value -> value.length() + ":" + value)
			.collect(Collectors.joining("|"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
