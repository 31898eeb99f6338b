/**
 * Append-only, hash-chained audit log. Public API: {@link AuditTrail} to record, {@link AuditLogQueries} to
 * search and verify.
 */
package org.safercommunities.audit;
