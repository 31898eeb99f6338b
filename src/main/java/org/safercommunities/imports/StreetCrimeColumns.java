package org.safercommunities.imports;

import java.util.ArrayList;
import java.util.List;

/** Where the standard police.uk street-level columns are in a file's header. */
record StreetCrimeColumns(int crimeId, int month, int reportedBy, int longitude, int latitude, int lsoaCode,
		int crimeType, int outcome, int count) {

	static final List<String> REQUIRED = List.of("Crime ID", "Month", "Reported by", "Longitude", "Latitude",
			"LSOA code", "Crime type", "Last outcome category");

	/** The columns named in the header, or a failure naming the first that is missing. */
	static StreetCrimeColumns of(List<String> header) {
		List<String> names = new ArrayList<>();
		for (String name : header) {
			names.add(name.replace("\uFEFF", "").strip());
		}
		for (String required : REQUIRED) {
			if (!names.contains(required)) {
				throw new ImportFailure("imports.failed.header", required);
			}
		}
		return new StreetCrimeColumns(names.indexOf("Crime ID"), names.indexOf("Month"), names.indexOf("Reported by"),
				names.indexOf("Longitude"), names.indexOf("Latitude"), names.indexOf("LSOA code"),
				names.indexOf("Crime type"), names.indexOf("Last outcome category"), names.size());
	}

	/** Fields a row must have: up to the last required column but the outcome, which may be cut off. */
	int required() {
		return Math.max(Math.max(Math.max(crimeId, month), Math.max(reportedBy, longitude)),
				Math.max(Math.max(latitude, lsoaCode), crimeType)) + 1;
	}

}
