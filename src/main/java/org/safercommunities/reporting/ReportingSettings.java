package org.safercommunities.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's choices for reporting: the five monitored strands are fixed by national guidance, local
 * strands and sub-types are configurable (the demo uses sex or gender, age and alternative subculture).
 */
@ConfigurationProperties("safer.reporting")
public record ReportingSettings(@DefaultValue({}) List<String> localStrands, Map<String, List<String>> subtypes,
		@DefaultValue("10") int maxEvidenceMegabytes, @DefaultValue("5") int maxEvidenceFiles) {

	/** The five strands monitored nationally (Home Office, College of Policing). */
	public static final List<String> CORE_STRANDS = org.safercommunities.shared.HostilityStrands.NATIONAL;

	@Override
	public Map<String, List<String>> subtypes() {
		return subtypes == null ? Map.of() : subtypes;
	}

	public List<String> strands() {
		return java.util.stream.Stream.concat(CORE_STRANDS.stream(), localStrands.stream()).toList();
	}

	public List<String> subtypesOf(String strand) {
		return subtypes == null ? List.of() : subtypes.getOrDefault(strand, List.of());
	}

}
