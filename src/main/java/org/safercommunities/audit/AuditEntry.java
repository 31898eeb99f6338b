package org.safercommunities.audit;

import java.time.Instant;

/** One line of the audit log, as stored. */
public record AuditEntry(Long id, Instant occurredAt, Long actorUserId, String actorName, Long actorOrganisationId,
		String action, String recordType, String recordId, String reason, String previousHash, String entryHash) {
}
