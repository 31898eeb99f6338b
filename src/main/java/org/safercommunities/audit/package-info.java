/**
 * Append-only, hash-chained audit log. Public API: {@link AuditTrail} to record, {@link AuditLogQueries} to
 * search and verify.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = { "crypto", "shared", "system" })
package org.safercommunities.audit;

import org.springframework.modulith.ApplicationModule;
