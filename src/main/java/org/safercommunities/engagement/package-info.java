/**
 * Engagement (issue 16; annual report 2022-23 section 4.5): training sessions from a managed list of topics (with
 * named attendees where they consent), awareness events and information stands, Hate Crime Reporting Champions
 * (personal data encrypted, reads audited), Ward Walks with the year's schedule, and Community Safety Hub sessions.
 * Public API: {@link org.safercommunities.engagement.CommunitySafetyHubs} (the directory's hub entries; implemented
 * by the directory module), {@link org.safercommunities.engagement.CentreStaffTrained} (event: a session of a topic
 * that counts for reporting centres delivered to an organisation's staff; the centres module records it as the
 * centre's training, so it is entered once) and the dashboard's source {@code ENGAGEMENT} (through
 * {@link org.safercommunities.shared.IndicatorCounts}). The public advance form shares the rate limit of reports
 * ({@code reporting.PublicSends}).
 */
@ApplicationModule(displayName = "Engagement", allowedDependencies = { "audit", "crypto", "geography", "organisations", "plans", "reporting", "shared", "system" })
package org.safercommunities.engagement;

import org.springframework.modulith.ApplicationModule;
