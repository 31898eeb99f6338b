package org.safercommunities.reporting;

import java.time.Instant;

import org.safercommunities.reporting.ReportCodes.Channel;

/**
 * Published when a report is sent. It is kept in the event publication registry (table {@code event_publication},
 * in the clear) until every listener has done its work, so it carries only the report's id and how and when it
 * came: no reference, place, strand or anything about the person. A listener that needs more asks reporting for it.
 */
public record ReportSubmitted(long reportId, Channel channel, Long centreOrganisationId, Instant submittedAt) {
}
