package org.safercommunities.imports;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports settings.
 *
 * @param maxFileSize largest file accepted on the imports page
 * @param hateCrime the column layout of hate crime count files
 * @param guard when a file for data already held waits for an analyst instead of replacing it
 * @param allCrimeTypesAtLeast a police.uk month holds "all crime types" when it has at least this many of them
 *        (a full file has 14; a file filtered to burglary has 1)
 * @param forceAreas the boroughs each force polices, by force code or its start (police.uk's file name slug,
 *        e.g. {@code metropolitan}); empty: London's two forces. Forces not listed police the boroughs where they
 *        have the most rows of any force.
 * @param hateCrimeTotalStrands the police hate crime strands that add up to the total (the others, such as
 *        "Antisemitic", are parts of them)
 */
@ConfigurationProperties("safer.imports")
record ImportSettings(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue HateCrimeLayout hateCrime,
		@DefaultValue Guard guard, @DefaultValue("10") int allCrimeTypesAtLeast, Map<String, ForceArea> forceAreas,
		@DefaultValue({ "Racist and Religious Hate Crime", "Homophobic Hate Crime", "Disability Hate Crime",
				"Transgender Hate" }) List<String> hateCrimeTotalStrands) {

	ImportSettings {
		forceAreas = forceAreas == null || forceAreas.isEmpty() ? LONDON : Map.copyOf(forceAreas);
	}

	/** The Metropolitan Police polices every London borough but the City; the City of London Police the City. */
	static final Map<String, ForceArea> LONDON = Map.of("metropolitan", new ForceArea(true, List.of(), List.of("E09000001")),
			"city-of-london", new ForceArea(false, List.of("E09000001"), List.of()));

	/**
	 * A file for a police.uk force and month already held (or for hate crime months already held) is held for
	 * an analyst to confirm, rather than replacing the data, when it has fewer rows than {@code minShareOfRowsHeld}
	 * of the rows held, or rejected more than {@code maxRejectedShare} of its rows.
	 */
	record Guard(@DefaultValue("0.5") double minShareOfRowsHeld, @DefaultValue("0.1") double maxRejectedShare) {
	}

	/**
	 * The boroughs a force polices: every London borough (E09) when {@code london}, plus {@code boroughs}, less
	 * {@code except}.
	 */
	record ForceArea(boolean london, List<String> boroughs, List<String> except) {

		ForceArea {
			boroughs = boroughs == null ? List.of() : List.copyOf(boroughs);
			except = except == null ? List.of() : List.copyOf(except);
		}

	}

	/**
	 * Where the columns are in a hate crime count file. The default is the MPS hate crime dashboard file of the
	 * London Datastore: wide, one column per month named YYYYMM, the strand in MinorText, rows whose MajorText
	 * is "Hate". For a long layout (one row per borough, strand and month) set {@code monthColumn} and
	 * {@code countColumn}.
	 *
	 * @param source name stored with the counts; a new file of the same source replaces the months it covers
	 * @param forceName the police force the counts come from
	 * @param boroughColumn column naming the borough (matched to a London borough by name)
	 * @param strandColumn column naming the strand
	 * @param filterColumn optional column a row must hold {@code filterValue} in to be read
	 * @param filterValue see filterColumn
	 * @param strands strands to keep (others are skipped, not rejected); empty keeps every strand
	 * @param monthColumnPattern wide layout: regular expression matching the month column names
	 * @param monthFormat format of the month in column names or in the month column
	 * @param monthColumn long layout: column holding the month
	 * @param countColumn long layout: column holding the count
	 */
	record HateCrimeLayout(@DefaultValue("mps") String source,
			@DefaultValue("Metropolitan Police Service") String forceName, @DefaultValue("Borough") String boroughColumn,
			@DefaultValue("MinorText") String strandColumn, @DefaultValue("MajorText") String filterColumn,
			@DefaultValue("Hate") String filterValue,
			@DefaultValue({ "Racist and Religious Hate Crime", "Anti-Semitic", "Islamophobic", "Faith Hate Crime",
					"Homophobic Hate Crime", "Disability Hate Crime", "Transgender Hate" }) List<String> strands,
			@DefaultValue("\\d{6}") String monthColumnPattern, @DefaultValue("yyyyMM") String monthFormat,
			String monthColumn, String countColumn) {

		boolean wide() {
			return monthColumn == null || monthColumn.isBlank();
		}

	}

}
