/**
 * Shared kernel: the few types every module needs: roles and the signed-in actor, the one record-level access
 * checker ({@link org.safercommunities.shared.RecordAccess}), UK time, the code-list converter, and the
 * dashboard's indicator-source contract ({@link IndicatorCounts}, {@link IndicatorCountsChanged}), which lives
 * here so that the modules providing counts and the dashboard reading them need not know each other. Keep it tiny.
 */
@ApplicationModule(displayName = "Shared kernel", allowedDependencies = {})
package org.safercommunities.shared;

import org.springframework.modulith.ApplicationModule;
