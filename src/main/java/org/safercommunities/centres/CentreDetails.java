package org.safercommunities.centres;

import java.util.List;

/**
 * A centre's public details, as the coordinator keeps them and the directory shows them.
 * @param languages ISO 639-1 codes
 * @param strands strand codes the centre specialises in; empty means all
 */
public record CentreDetails(String address, String postcode, String wardCode, String openingTimes,
		List<String> languages, String accessibility, boolean onlineReporting, boolean paperForms, String phone,
		String email, List<String> strands) {

	public CentreDetails {
		languages = languages == null ? List.of() : List.copyOf(languages);
		strands = strands == null ? List.of() : List.copyOf(strands);
	}

}
