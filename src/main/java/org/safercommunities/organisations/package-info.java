/**
 * Partner organisations of the Community Safety Partnership. Public API: {@link Organisations},
 * {@link Organisation}, {@link OrganisationType}.
 */
@ApplicationModule(displayName = "Organisations", allowedDependencies = { "audit", "shared", "system" })
package org.safercommunities.organisations;

import org.springframework.modulith.ApplicationModule;
