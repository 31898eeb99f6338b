/**
 * The Hate Crime Reporting Centre network: centres, eligibility (seed 003 Appendix 3), lifecycle, training and
 * monthly monitoring returns (recommendation f). Public API: {@link org.safercommunities.centres.CentreListingChanged}
 * (event, for the directory), the dashboard's sources {@code CENTRE_RETURNS} and {@code CENTRE_TRAINING}
 * (through {@link org.safercommunities.shared.IndicatorCounts}, announced by
 * {@link org.safercommunities.shared.IndicatorCountsChanged}), {@link org.safercommunities.centres.CentreManagement#seedAsSystem} and
 * {@code publishAllListings} (demo start-up), and {@link org.safercommunities.centres.CentreJobs} (daily job). Staff
 * training delivered as an engagement session ({@link org.safercommunities.engagement.CentreStaffTrained}) is the
 * centre's training record: it is entered once, there.
 */
@ApplicationModule(displayName = "Reporting centres", allowedDependencies = { "audit", "engagement", "geography", "notifications", "organisations", "plans", "reporting", "shared", "system" })
package org.safercommunities.centres;

import org.springframework.modulith.ApplicationModule;
