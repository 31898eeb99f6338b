package org.safercommunities.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another case linked to this one (the same problem, the same people). */
@Embeddable
public record LinkedCase(@Column(name = "linked_case_id", nullable = false) long caseId,
		@Column(name = "linked_at", nullable = false) Instant linkedAt) {
}
