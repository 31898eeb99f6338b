package org.safercommunities.cases;

import java.util.Optional;

/**
 * Reports as a case needs them, implemented by the reporting module (which owns reports), so the case carries a
 * report's account, place and reporter without the cases module reading reporting's tables. Each read checks the
 * report's triage rule for the signed-in officer and is audited by reporting.
 */
public interface ReportsForCases {

	/** The report, for a case; empty when there is no such report. Refused (403) for someone who may not triage it. */
	Optional<ReportForCase> forCase(long reportId);

	/** The id of the report with this reference (as typed, any case or spacing), if there is one. */
	Optional<Long> idOf(String reference);

}
