/**
 * Partner organisations of the Community Safety Partnership. Public API: {@link Organisations},
 * {@link Organisation}, {@link OrganisationType}.
 */
package org.safercommunities.organisations;
