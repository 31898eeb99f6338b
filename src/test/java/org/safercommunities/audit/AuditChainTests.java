package org.safercommunities.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tampering of any kind breaks the hash chain where it happened. */
class AuditChainTests {

	List<AuditEntry> log;

	@BeforeEach
	void aChainOfFive() {
		log = new ArrayList<>();
		String previous = AuditChain.GENESIS;
		for (long id = 1; id <= 5; id++) {
			AuditEntry entry = new AuditEntry(id, Instant.parse("2026-11-21T10:00:00.123456Z").plusSeconds(id), id,
					"user" + id + "@test.example", 7L, "REPORT_VIEWED", "report", "HC-" + id, "triage", previous, null);
			String hash = AuditHash.of(entry);
			log.add(withHash(entry, previous, hash));
			previous = hash;
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
		AuditChain chain = new AuditChain();
		entries.forEach(chain::accept);
		return chain.result(head);
	}

	private static AuditEntry withHash(AuditEntry entry, String previous, String hash) {
		return new AuditEntry(entry.id(), entry.occurredAt(), entry.actorUserId(), entry.actorName(),
				entry.actorOrganisationId(), entry.action(), entry.recordType(), entry.recordId(), entry.reason(),
				previous, hash);
	}

}
