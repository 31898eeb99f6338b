/**
 * Retention, legal holds and erasure (issue 18; UK GDPR articles 5(1)(e) and 17): every module that keeps
 * personal data past its use declares its record types through {@link org.safercommunities.retention.RetainedRecords}
 * (how long, counted from what, and whether a record is deleted, anonymised or kept for review). A daily job, once
 * across instances, disposes of what has expired, one record per transaction, so a crash loses nothing and the next
 * run carries on; a record under a legal hold is kept and the page says why. Administrators erase a record on
 * request with a reason, unless it is held.
 */
@ApplicationModule(displayName = "Retention", allowedDependencies = { "audit", "shared", "system" })
package org.safercommunities.retention;

import org.springframework.modulith.ApplicationModule;
