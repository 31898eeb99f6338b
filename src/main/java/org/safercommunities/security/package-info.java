/**
 * Staff accounts, roles, sign-in, lock-out, sessions and web security. Public API: {@link StaffAccounts}.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "audit", "crypto", "organisations", "shared", "system" })
package org.safercommunities.security;

import org.springframework.modulith.ApplicationModule;
