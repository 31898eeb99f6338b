package org.safercommunities.performance;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportsForTests;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.SignIn;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the pages say when data is missing: the Met's burglary-only file for January 2024 and City of London's
 * excerpts for early 2023 (20 rows of eight crime types, then 2 rows of drug offences) cover different months,
 * areas and crime types. A month without data must read as no data, never as 0,
 * and must never feed a change, a significance test, a status or a rank.
 */
@IntegrationTest
class CoverageIntegrationTests {

	static final String BARNET = DashboardSamples.BARNET;

	static final String CITY = "E09000001";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	ApplicationContext context;

	@Autowired
	OpenDataReleases releases;

	Cookie analyst;

	@BeforeEach
	void policeFilesForDifferentMonthsAndAreas() throws Exception {
		DashboardSamples.importOpenData(context);
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/police-uk/2023-01-city-of-london-street.csv");
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/police-uk/2023-02-city-of-london-street.csv");
		analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
	}

	private String page(String path, String area) throws Exception {
		return mvc.perform(get(path).cookie(analyst).param("area", area))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void anAreaWithOneMonthOfDataShowsNoChangeNoTestNoStatusAndNoRank() throws Exception {
		String burglary = page("/staff/dashboard/burglary", BARNET);

		assertThat(burglary).contains("1 of the 12 months to January 2024 have data")
			.contains("Volume, the 1 of the 12 months with data")
			.contains("No comparison: 1 of the 12 months have data")
			.contains("No status")
			.doesNotContain("id=\"rank\"")
			.doesNotContain("significant")
			.doesNotContain(">Green<");
	}

	@Test
	void theOverviewSaysHowManyMonthsHaveDataInsteadOfARollingTotal() throws Exception {
		String overview = page("/staff/dashboard", BARNET);

		assertThat(overview).contains("1 of 12 months have data");
		// Unknown is not green: no row with only part of a year may say Green (other indicators, fed by other
		// tests' records over whole years, may).
		List<org.jsoup.nodes.Element> partYear = org.jsoup.Jsoup.parse(overview).select("tbody tr").stream()
			.filter(row -> row.text().contains("of 12 months have data"))
			.toList();
		assertThat(partYear).isNotEmpty();
		for (org.jsoup.nodes.Element row : partYear) {
			assertThat(row.select(".govuk-tag").text()).as(row.select("th a").text()).isNotEqualTo("Green");
		}
	}

	@Test
	void aFileFilteredToOneCrimeTypeIsNotCountedAsStreetCrimeAndThePageSaysSo() throws Exception {
		String streetCrime = page("/staff/dashboard/street-crime", BARNET);

		assertThat(streetCrime).contains("No data yet")
			.contains("The police files held for this area hold only Burglary, so they are not counted for this indicator.");
	}

	@Test
	void exportsLeaveMonthsWithoutDataEmptyAndSaySo() throws Exception {
		String csv = mvc.perform(get("/staff/dashboard/burglary.csv").cookie(analyst).param("area", BARNET))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<CsvRecord> rows = records(csv);

		assertThat(rows.get(0).getFields()).endsWith("count", "coverage");
		CsvRecord june2023 = row(rows, 5, "2023-06");
		assertThat(june2023.getField(6)).as("count for a month without data").isEmpty();
		assertThat(june2023.getField(7)).isEqualTo("no data");
		CsvRecord january2024 = row(rows, 5, "2024-01");
		assertThat(Long.parseLong(january2024.getField(6))).isPositive();
		assertThat(january2024.getField(7)).isEqualTo("data");
	}

	@Test
	void openDataIsAFrozenReleaseThatShowsNoDataRatherThanZeroOrSuppressed() throws Exception {
		String first = mvc.perform(get("/open-data/burglary.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		OpenDataReleases.Release release = releases.latest().orElseThrow();
		assertThat(release.month().isBefore(YearMonth.now())).as("the month in progress is never published: " + release.month()).isTrue();
		assertThat(releases.publishDue()).as("a release is published once").isEmpty();
		String second = mvc.perform(get("/open-data/burglary.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(second).as("two downloads of the same release").isEqualTo(first);

		List<CsvRecord> rows = records(first);
		int june = rows.get(0).getFields().indexOf("2023-06");
		assertThat(june).as("June 2023 column").isPositive();
		for (CsvRecord row : rows.subList(1, rows.size())) {
			assertThat(row.getField(june)).as("June 2023 for " + row.getField(1)).isEqualTo("no data");
		}
		// Burglary is published by Barnet ward: January 2024 has data (a count or [c]) in every ward
		int january = rows.get(0).getFields().indexOf("2024-01");
		for (CsvRecord row : rows.subList(1, rows.size())) {
			assertThat(row.getField(january)).as("January 2024 for " + row.getField(1)).isNotEqualTo("no data");
		}
		assertThat(rows.get(1).getField(0)).as("a Barnet ward").startsWith("E05");

		String pageText = mvc.perform(get("/open-data")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(pageText).contains("no data").contains("It does not mean zero")
			.contains("Data to " + release.monthLabel());
		// Indicators with no data at all are left out
		assertThat(pageText).doesNotContain("Community Triggers");
	}

	private static CsvRecord row(List<CsvRecord> rows, int column, String value) {
		return rows.stream().filter(row -> row.getField(column).equals(value)).findFirst()
			.orElseThrow(() -> new AssertionError("no row with " + value));
	}

	private static List<CsvRecord> records(String csv) {
		List<CsvRecord> records = new ArrayList<>();
		CsvReader.builder().ofCsvRecord(new StringReader(csv)).forEach(records::add);
		return records;
	}

}
