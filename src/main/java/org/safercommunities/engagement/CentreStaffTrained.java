package org.safercommunities.engagement;

import java.time.LocalDate;

/**
 * A training session whose topic counts for the reporting centres' eligibility was delivered to staff of an
 * organisation. Published in the transaction that records the session; the centres module records it as the
 * centre's training when the organisation hosts a centre (and ignores it otherwise).
 */
public record CentreStaffTrained(long sessionId, long organisationId, String topic, String trainer, int attendees,
		LocalDate heldOn) {
}
