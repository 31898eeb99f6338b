/**
 * The embedded demo partnership (organisations and one account per role). Off unless the demo profile is on,
 * and never on anything but the embedded H2 database.
 */
@ApplicationModule(displayName = "Demo data", allowedDependencies = { "cases", "centres", "enforcement", "imports", "organisations", "people", "referrals", "reporting", "security", "shared" })
package org.safercommunities.demo;

import org.springframework.modulith.ApplicationModule;
