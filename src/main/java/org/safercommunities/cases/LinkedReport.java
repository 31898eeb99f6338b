package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A report (reporting module id) linked to a case, and the day it counts as an occasion on. */
@Embeddable
public record LinkedReport(@Column(name = "report_id", nullable = false) long reportId,
		@Column(name = "report_reference", nullable = false) String reference,
		@Column(name = "occasion_on", nullable = false) LocalDate occasionOn,
		@Column(name = "linked_at", nullable = false) Instant linkedAt) {
}
