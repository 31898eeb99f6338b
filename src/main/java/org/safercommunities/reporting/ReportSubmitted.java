package org.safercommunities.reporting;

import java.time.Instant;
import java.time.YearMonth;

import org.safercommunities.reporting.ReportCodes.Channel;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.shared.UkTime;

/**
 * Published when a report is sent. It is kept in the event publication registry (table {@code event_publication},
 * in the clear) until every listener has done its work, so it carries only the report's id and how and when it
 * came: no reference, place, strand or anything about the person. A listener that needs more asks reporting for it.
 * It changes the own-report counts of the month it came in (the dashboard hears it as {@link IndicatorCountsChanged}).
 */
public record ReportSubmitted(long reportId, Channel channel, Long centreOrganisationId, Instant submittedAt)
		implements IndicatorCountsChanged {

	@Override
	public String source() {
		return OwnReportCounts.SOURCE;
	}

	@Override
	public IndicatorCounts.Months months() {
		return IndicatorCounts.Months.of(YearMonth.from(submittedAt.atZone(UkTime.ZONE)));
	}

}
