package org.safercommunities.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Local services to suggest to a reporter, beyond the fixed national contacts. The directory module implements
 * it; reporting does not depend on the directory, so the directory may use reporting's events and codes.
 */
public interface LocalSignposting {

	/**
	 * Entries that help with these strands near this ward, best match first.
	 * @param wardCode the report's ward, or null when not given
	 * @param strands strand codes as in {@code ReportingSettings} (RACE, RELIGION, ..., local extras), possibly empty
	 * @param language the reporter's language, to prefer services that speak it
	 */
	List<Signpost> suggest(String wardCode, Set<String> strands, Locale language, int limit);

}
