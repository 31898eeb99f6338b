/**
 * Shared kernel: the few types every module needs (roles and the signed-in actor). Keep it tiny.
 */
package org.safercommunities.shared;
