/**
 * Staff accounts, roles, sign-in, lock-out, sessions and web security. Public API: {@link StaffAccounts}.
 */
package org.safercommunities.security;
