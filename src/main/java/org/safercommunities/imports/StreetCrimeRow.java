package org.safercommunities.imports;

/** A valid police.uk street-level crime row, ready to place and store. Longitude and latitude may both be null. */
record StreetCrimeRow(int rowNumber, String crimeId, String crimeType, Double longitude, Double latitude,
		String lsoaCode, String outcome) {
}
