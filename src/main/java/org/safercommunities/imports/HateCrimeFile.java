package org.safercommunities.imports;

import java.time.LocalDate;
import java.util.List;

/** The counts read from a hate crime file, before they are stored. */
record HateCrimeFile(String source, List<Count> rows, PoliceUkStreetImporter.Counts counts) {

	record Count(String source, String boroughName, String boroughCode, String strand, LocalDate month, int offences) {
	}

	LocalDate firstMonth() {
		return rows.stream().map(Count::month).min(LocalDate::compareTo).orElse(null);
	}

	LocalDate lastMonth() {
		return rows.stream().map(Count::month).max(LocalDate::compareTo).orElse(null);
	}

}
