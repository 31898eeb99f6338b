package org.safercommunities.reporting;

import java.time.Instant;
import java.util.Set;

import org.safercommunities.reporting.ReportCodes.Channel;

/** Published when a report is sent. Carries no personal data, so any module may listen. */
public record ReportSubmitted(long reportId, String reference, Channel channel, Long centreOrganisationId,
		String wardCode, Set<String> strands, boolean policeConsent, Instant submittedAt) {
}
