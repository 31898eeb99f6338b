/**
 * Wards, boundaries and (later) point-in-area look-ups. Public API: {@link Wards}, {@link Ward}.
 */
package org.safercommunities.geography;
