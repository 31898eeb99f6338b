package org.safercommunities.audit;

import java.nio.charset.StandardCharsets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tampering of any kind breaks the hash chain where it happened. */
class AuditChainTests {

	List<AuditEntry> log;

	static final byte[] KEY = "the application's key, kept outside the database".getBytes(StandardCharsets.UTF_8);

	@BeforeEach
	void aChainOfFive() {
		log = new ArrayList<>();
		for (long id = 1; id <= 5; id++) {
			log.add(new AuditEntry(id, Instant.parse("2026-11-21T10:00:00.123456Z").plusSeconds(id), id,
					"user" + id + "@test.example", 7L, "REPORT_VIEWED", "report", "HC-" + id, "triage", null, null));
		}
		rechain(0, entry -> AuditHash.keyed(entry, mac(KEY)));
	}

	@Test
	void entriesWrittenBeforeTheChainWasKeyedAreCountedAndStillChecked() {
		rechain(0, AuditHash::of);
		rechain(2, entry -> AuditHash.keyed(entry, mac(KEY)));

		var verification = verify(log, lastHash());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.unkeyedEntries()).isEqualTo(2);
		assertThat(log.get(2).entryHash()).startsWith("k").hasSize(64);
	}

	@Test
	void someoneWithDatabaseAccessWhoRewritesAnEntryAndRechainsWithThePlainHashIsCaught() {
		rewriteActor(2);
		rechain(2, AuditHash::of);

		assertThat(verify(log, lastHash()).firstBrokenEntryId()).as("the downgrade to the unkeyed hash").isEqualTo(3L);
	}

	@Test
	void someoneWhoRewritesAnEntryAndRechainsWithAKeyOfTheirOwnIsCaught() {
		rewriteActor(2);
		rechain(2, entry -> AuditHash.keyed(entry, mac("a key of the attacker's own".getBytes(StandardCharsets.UTF_8))));

		assertThat(verify(log, lastHash()).firstBrokenEntryId()).isEqualTo(3L);
	}

	@Test
	void aChainRewrittenWholeWithThePlainHashLooksUnkeyedThroughout() {
		rewriteActor(2);
		rechain(0, AuditHash::of);

		var verification = verify(log, lastHash());
		assertThat(verification.unkeyedEntries()).as("shown on the page: every entry unkeyed").isEqualTo(5);
	}

	private void rewriteActor(int index) {
		AuditEntry original = log.get(index);
		log.set(index, new AuditEntry(original.id(), original.occurredAt(), original.actorUserId(), "someone.else@test.example",
				original.actorOrganisationId(), original.action(), original.recordType(), original.recordId(),
				original.reason(), original.previousHash(), original.entryHash()));
	}

	/** Hashes the entries from {@code from} on again with {@code hasher}, each linked to the one before. */
	private void rechain(int from, java.util.function.Function<AuditEntry, String> hasher) {
		String previous = from == 0 ? AuditChain.GENESIS : log.get(from - 1).entryHash();
		for (int i = from; i < log.size(); i++) {
			AuditEntry linked = withHash(log.get(i), previous, null);
			String hash = hasher.apply(linked);
			log.set(i, withHash(linked, previous, hash));
			previous = hash;
		}
	}

	static javax.crypto.Mac mac(byte[] key) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
			return mac;
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void anUntouchedLogIsIntact() {
		assertThat(verify(log, lastHash()).intact()).isTrue();
		assertThat(verify(log, lastHash()).entriesChecked()).isEqualTo(5);
	}

	@Test
	void aChangedFieldIsFoundAtItsEntry() {
		AuditEntry original = log.get(2);
		log.set(2, new AuditEntry(original.id(), original.occurredAt(), original.actorUserId(), "someone.else@test.example",
				original.actorOrganisationId(), original.action(), original.recordType(), original.recordId(),
				original.reason(), original.previousHash(), original.entryHash()));

		assertThat(verify(log, lastHash()).firstBrokenEntryId()).isEqualTo(3L);
	}

	@Test
	void aRemovedEntryIsFoundAtTheOneAfterIt() {
		log.remove(1);

		assertThat(verify(log, lastHash()).firstBrokenEntryId()).isEqualTo(3L);
	}

	@Test
	void removingTheNewestEntriesIsCaughtByTheHead() {
		String head = lastHash();
		log.remove(4);

		var verification = verify(log, head);
		assertThat(verification.firstBrokenEntryId()).isNull();
		assertThat(verification.headMatches()).isFalse();
		assertThat(verification.intact()).isFalse();
	}

	@Test
	void aChangedTimeBreaksTheHashEvenByOneMicrosecond() {
		AuditEntry original = log.get(0);
		log.set(0, new AuditEntry(original.id(), original.occurredAt().plusNanos(1000), original.actorUserId(),
				original.actorName(), original.actorOrganisationId(), original.action(), original.recordType(),
				original.recordId(), original.reason(), original.previousHash(), original.entryHash()));

		assertThat(verify(log, lastHash()).firstBrokenEntryId()).isEqualTo(1L);
	}

	private String lastHash() {
		return log.get(log.size() - 1).entryHash();
	}

	private static AuditLogQueries.Verification verify(List<AuditEntry> entries, String head) {
		AuditChain chain = new AuditChain(entry -> AuditHash.keyed(entry, mac(KEY)));
		entries.forEach(chain::accept);
		return chain.result(head);
	}

	private static AuditEntry withHash(AuditEntry entry, String previous, String hash) {
		return new AuditEntry(entry.id(), entry.occurredAt(), entry.actorUserId(), entry.actorName(),
				entry.actorOrganisationId(), entry.action(), entry.recordType(), entry.recordId(), entry.reason(),
				previous, hash);
	}

}
