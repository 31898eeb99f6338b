/**
 * The public, self-maintaining directory (issue 4): reporting centres, support services, Safe Places and
 * Community Safety Hub sessions, with public search and map, officers' upkeep and the owners' yearly
 * confirmation by one-time link. Reporting-centre entries follow the centres module's
 * {@link org.safercommunities.centres.CentreListingChanged} events.
 * <p>
 * Public API: none for other modules to call. It provides {@link org.safercommunities.reporting.LocalSignposting}
 * to the reporting module (as {@link org.safercommunities.directory.DirectorySignposting}),
 * {@link org.safercommunities.engagement.CommunitySafetyHubs} to the engagement module (its hub entries, for the
 * hub sessions recorded there) and the web pages
 * {@code /directory}, {@code /directory/{slug}}, {@code /directory/map}, {@code /owner/{token}} and
 * {@code /staff/directory}. Nothing depends on this module.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = { "audit", "centres", "crypto", "engagement", "geography", "notifications", "reporting", "shared", "system" })
package org.safercommunities.directory;

import org.springframework.modulith.ApplicationModule;
