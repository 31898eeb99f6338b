package org.safercommunities.imports;

/**
 * A valid police.uk street-level crime row, ready to place and store. Longitude and latitude may both be null;
 * their text as read is kept too, so storing them needs no number formatting.
 */
record StreetCrimeRow(int rowNumber, String crimeId, String crimeType, Double longitude, Double latitude,
		String lsoaCode, String outcome, String longitudeText, String latitudeText) {

	StreetCrimeRow(int rowNumber, String crimeId, String crimeType, Double longitude, Double latitude,
			String lsoaCode, String outcome) {
		this(rowNumber, crimeId, crimeType, longitude, latitude, lsoaCode, outcome,
				longitude == null ? null : longitude.toString(), latitude == null ? null : latitude.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StreetCrimeRow row && row.rowNumber == rowNumber
				&& java.util.Objects.equals(row.crimeId, crimeId) && row.crimeType.equals(crimeType)
				&& java.util.Objects.equals(row.longitude, longitude) && java.util.Objects.equals(row.latitude, latitude)
				&& java.util.Objects.equals(row.lsoaCode, lsoaCode) && java.util.Objects.equals(row.outcome, outcome);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(rowNumber, crimeId, crimeType, longitude, latitude, lsoaCode, outcome);
	}

}
