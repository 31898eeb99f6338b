package org.safercommunities.reporting;

import java.time.Instant;

import org.safercommunities.reporting.ReportCodes.Channel;

/**
 * How a report arrived: online by the person themselves, or assisted by staff (with the staff-only steps of
 * Process Map 1: whether 999 was called and when, and for a paper report when the police were told on 101).
 */
record Submission(Channel channel, Long centreOrganisationId, Long staffUserId, Boolean emergencyCallMade,
		Instant emergencyCalledAt, Instant policeInformedByPhoneAt) {

	static Submission online() {
		return new Submission(Channel.ONLINE, null, null, null, null, null);
	}

	boolean assisted() {
		return staffUserId != null;
	}

	String recordedBy() {
		return assisted() ? "staff:" + staffUserId : "reporter";
	}

}
