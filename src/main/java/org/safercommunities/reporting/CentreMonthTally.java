package org.safercommunities.reporting;

import java.time.YearMonth;
import java.util.Map;

/**
 * What the product knows about the reports taken at one reporting centre in one month (UK time), for the
 * centre's monthly monitoring return. Counts only: no report, reference or personal detail.
 * @param total reports taken
 * @param byChannel reports by {@link ReportCodes.Channel} name
 * @param byStrand reports by strand code; a report with several strands counts once in each
 * @param byClassification reports by {@link ReportCodes.Classification} name, or {@link #UNCLASSIFIED}
 * @param notReportedToPolice contacts where the person did not consent to the police having the report
 * @param notReportedReasons those contacts by {@link ReportCodes.NotReportingReason} name (a contact may give
 *        several reasons)
 */
public record CentreMonthTally(long centreOrganisationId, YearMonth month, long total, Map<String, Long> byChannel,
		Map<String, Long> byStrand, Map<String, Long> byClassification, long notReportedToPolice,
		Map<String, Long> notReportedReasons) {

	/** The classification key of reports not yet classified by an officer. */
	public static final String UNCLASSIFIED = "UNCLASSIFIED";

	public CentreMonthTally {
		byChannel = Map.copyOf(byChannel);
		byStrand = Map.copyOf(byStrand);
		byClassification = Map.copyOf(byClassification);
		notReportedReasons = Map.copyOf(notReportedReasons);
	}

}
