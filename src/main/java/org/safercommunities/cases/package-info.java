/**
 * Cases (DESIGN section 4): a case file opened from reports without retyping or directly (phone, e-mail, member
 * enquiry), with its type from a managed list, parties (people held by the people module), linked reports and
 * cases, shares with other organisations (whole, or locked to names and agencies), status, outcome and a timeline
 * of everything that happened. One access rule for page, list and export: {@link CaseAccess}. Public API:
 * {@link CaseFiles}, {@link CaseFile}, {@link CaseAccess}, {@link CaseTimeline}, {@link TimelineKind},
 * {@link TimelineEntry}, the events {@link CaseOpened}, {@link CaseReportLinked}, {@link CaseClosed} and {@link CaseAnonymised} (a closed case's
 * personal data removed at the end of its retention, implemented by {@code CaseRetention} for the retention module), and
 * {@link ReportsForCases} with {@link ReportForCase} (implemented by reporting, so a case carries the report without a
 * dependency on it), and {@link ReferralsOfCase} (implemented by referrals, for the page's list of the case's
 * referrals), and {@link CasePartiesOfPerson} (ids only, for subject access in the modules holding records of a
 * case). It gives plans the annual report's anonymised case studies of closed cases
 * ({@code CaseStudySource}, implementing {@code plans.CaseStudies}).
 * The work on a case: risk assessments ({@link CaseRisk}, with {@link CaseRisk#currentLevels} for the list's risk
 * filter, and {@link RiskLevel}), actions ({@link CaseActions}, "my actions" and the daily digest
 * {@link CaseActionReminders}), reviews ({@link CaseReviews}) and the Victims' Code checklist
 * ({@link CaseVictimsCodes}), and documents (made safe by the uploads module, held until scanned clean; shared by a referral through
 * {@link CaseDocumentShares}); dashboard sources {@code VICTIMS_CODE} and {@code CASE_RISK}.
 */
@ApplicationModule(displayName = "Cases",
		allowedDependencies = { "audit", "crypto", "geography", "notifications", "organisations", "people", "plans", "retention", "security", "shared", "system", "uploads" })
package org.safercommunities.cases;

import org.springframework.modulith.ApplicationModule;
