/**
 * The ASB Case Review (Community Trigger, DESIGN section 4; seed 001 section 4.1.2): the public application at
 * {@code /case-review} and the published procedure, the threshold test ({@link ThresholdTest}, configurable in
 * {@link CaseReviewSettings}), working-day deadlines over managed bank holidays ({@link WorkingDays}), the
 * decision and its letter, the review meeting and outcome letter, the appeal, and the annual statistics (also the
 * dashboard source {@code CASE_REVIEWS}), and the daily e-mail digest of overdue steps to the council's officers
 * ({@link OverdueStepDigest}). The applicant is a person of the people module. Public API: none yet
 * besides the indicator source.
 */
@ApplicationModule(displayName = "ASB Case Review",
		allowedDependencies = { "audit", "crypto", "notifications", "organisations", "people", "reporting", "security",
				"plans", "shared", "system" })
package org.safercommunities.casereview;

import org.springframework.modulith.ApplicationModule;
