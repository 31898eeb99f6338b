package org.safercommunities.imports;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Which months the imported police data covers, for which areas and which crime types: the dashboard reads a
 * month without coverage as "no data", never as zero. Read by the imports' dashboard sources (StreetCrimeCounts, HateCrimeCounts).
 */
interface PoliceDataCoverage {

	/** One force's street-level file held for a month: the boroughs it polices and the crime types it holds. */
	record StreetFile(YearMonth month, String forceCode, Set<String> boroughs, Set<String> crimeTypes,
			boolean allCrimeTypes) {

		public StreetFile {
			boroughs = Set.copyOf(boroughs);
			crimeTypes = Set.copyOf(crimeTypes);
		}

		/** Whether the file holds the rows an indicator filtered to {@code crimeType} (null: all but ASB) needs. */
		public boolean holds(String crimeType) {
			return (crimeType == null) ? allCrimeTypes : (allCrimeTypes || crimeTypes.contains(crimeType));
		}

	}

	/** A month of police recorded hate crime counts and the boroughs it has rows for. */
	record HateCrimeMonth(YearMonth month, Set<String> boroughs) {

		public HateCrimeMonth {
			boroughs = Set.copyOf(boroughs);
		}

	}

	/** Every street-level file held, oldest month first. */
	List<StreetFile> streetFiles();

	/** Every month of hate crime counts held, oldest first. */
	List<HateCrimeMonth> hateCrimeMonths();

}
