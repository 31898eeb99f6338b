package org.safercommunities.imports;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Imports settings.
 *
 * @param maxFileSize largest file accepted on the imports page
 * @param hateCrime the column layout of hate crime count files
 */
@ConfigurationProperties("safer.imports")
record ImportSettings(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue HateCrimeLayout hateCrime) {

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
