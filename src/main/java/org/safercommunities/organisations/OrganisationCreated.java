package org.safercommunities.organisations;

/** Published when an administrator adds an organisation to the partnership. */
public record OrganisationCreated(long organisationId, String name, OrganisationType type) {
}
