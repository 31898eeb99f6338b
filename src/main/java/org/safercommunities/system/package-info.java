/**
 * Cross-cutting web concerns: page layout, navigation, languages, error pages, security headers and the
 * public statement pages. Other modules plug in through {@link org.safercommunities.system.NavigationItem}
 * beans and the form support in this package.
 */
@ApplicationModule(displayName = "System", allowedDependencies = { "shared" })
package org.safercommunities.system;

import org.springframework.modulith.ApplicationModule;
