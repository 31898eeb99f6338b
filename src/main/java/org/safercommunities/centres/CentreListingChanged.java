package org.safercommunities.centres;

import java.util.List;

/**
 * Published whenever a reporting centre's public details or status change. The public directory listens and
 * lists the centre while {@code listed} is true (the centre is active), so the centres module stays the one
 * place its details are kept.
 * @param organisationId the host organisation, which identifies the centre
 * @param strands strand codes the centre specialises in (empty: all)
 * @param languages languages spoken, as ISO 639-1 codes (e.g. en, pl, tr)
 */
public record CentreListingChanged(long organisationId, String name, boolean listed, String address, String postcode,
		String wardCode, String openingTimes, List<String> languages, String accessibility, boolean onlineReporting,
		boolean paperForms, String phone, String email, List<String> strands) {
}
