/**
 * Shared kernel: the few types every module needs (roles, the signed-in actor, and the one record-level
 * access checker, {@link org.safercommunities.shared.RecordAccess}). Keep it tiny.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.safercommunities.shared;

import org.springframework.modulith.ApplicationModule;
