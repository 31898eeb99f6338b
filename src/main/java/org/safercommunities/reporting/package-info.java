/**
 * Public hate crime and incident reporting (online, assisted by staff, at reporting centres), follow-up with the
 * reference and secret words, evidence uploads (made safe by the uploads module), and the staff inbox. Public API: {@link ReportSubmitted} (event),
 * {@link LocalSignposting} and {@link Signpost} (implemented by the directory), {@link ReportInbox} and
 * {@link CentreMonthTally} (for the centres' monthly returns), the cases module's {@code ReportsForCases} (implemented
 * by {@code CaseReports}, which also remembers the cases opened from each report), {@link ReportingSettings} (strands),
 * {@link ReportCodes}, {@link ReportContacts} (may the reporter be contacted, and how) and the follow-up page's hook
 * {@link FollowUpInvitations} (implemented by the feedback module), and {@link ReportsOfPerson} (a reporter's own
 * named reports, for subject access; the module is also a people {@code PersonalDataHolder}).
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "audit", "cases", "crypto", "geography", "organisations", "people", "retention", "shared", "system", "uploads" })
package org.safercommunities.reporting;

import org.springframework.modulith.ApplicationModule;
