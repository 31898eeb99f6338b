package org.safercommunities.cases;

import java.time.Instant;

/** One line of a case's timeline, decrypted, for the case page. */
public record TimelineEntry(long id, TimelineKind kind, String summary, String relatedType, Long relatedId,
		Long recordedBy, Instant recordedAt) {
}
