/**
 * Shared kernel: the few types every module needs (roles and the signed-in actor). Keep it tiny.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.safercommunities.shared;

import org.springframework.modulith.ApplicationModule;
