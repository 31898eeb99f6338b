package org.safercommunities.cases;

/** Published when a report is linked to a case that was already open. */
public record CaseReportLinked(long caseId, String reference, long reportId) {
}
