package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard over real open data: the MPS hate crime counts for every London borough and a month of
 * Metropolitan Police burglary (the demo's bundled files), imported through the imports module.
 */
@IntegrationTest
class DashboardIntegrationTests {

	static final String BARNET = DashboardSamples.BARNET;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	Cookie analyst;

	@BeforeEach
	void openData() throws Exception {
		DashboardSamples.importOpenData(context);
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2023-01-city-of-london-street.csv.gz");
		analyst = SignIn.as(mvc, data.aStaffUser(Role.ANALYST).getEmail());
	}

	@Test
	void theAggregatesEqualAGroupByOverTheRawRows() {
		assertThat(aggregate("burglary", "BOROUGH", "ALL")).isNotEmpty().isEqualTo(raw("""
				select borough_code, crime_month, count(*) from street_crime
				where crime_type = 'Burglary' and borough_code is not null group by borough_code, crime_month"""));
		assertThat(aggregate("burglary", "WARD", "ALL")).isNotEmpty().isEqualTo(raw("""
				select ward_code, crime_month, count(*) from street_crime
				where crime_type = 'Burglary' and ward_code is not null group by ward_code, crime_month"""));
		assertThat(aggregate("asb", "BOROUGH", "ALL")).isNotEmpty().isEqualTo(raw("""
				select borough_code, crime_month, count(*) from street_crime
				where crime_type = 'Anti-social behaviour' and borough_code is not null group by borough_code, crime_month"""));
		assertThat(aggregate("street-crime", "BOROUGH", "ALL")).isEqualTo(raw("""
				select borough_code, crime_month, count(*) from street_crime
				where crime_type <> 'Anti-social behaviour' and borough_code is not null group by borough_code, crime_month"""));
		assertThat(aggregate("police-hate-crime", "BOROUGH", "Anti-Semitic")).isEqualTo(raw("""
				select borough_code, crime_month, sum(offences) from hate_crime_count
				where strand = 'Anti-Semitic' and borough_code is not null group by borough_code, crime_month"""));
		assertThat(aggregate("police-hate-crime", "BOROUGH", "ALL")).isEqualTo(raw("""
				select borough_code, crime_month, sum(offences) from hate_crime_count
				where strand in ('Racist and Religious Hate Crime', 'Homophobic Hate Crime', 'Disability Hate Crime',
				  'Transgender Hate') and borough_code is not null group by borough_code, crime_month"""));
	}

	@Test
	void theOverviewShowsEveryIndicatorWithItsStatusAndSaysWhichHaveNoDataYet() throws Exception {
		mvc.perform(get("/staff/dashboard").cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hate crime recorded by the police")))
			.andExpect(content().string(containsString("Community Trigger applications")))
			.andExpect(content().string(containsString("Not yet collected")))
			.andExpect(content().string(containsString("<polyline")))
			.andExpect(content().string(containsString("Source: Metropolitan Police Service via London Datastore")))
			.andExpect(content().string(containsString("Source: data.police.uk")));
	}

	@Test
	void barnetsRacistAndReligiousHateCrimeIn2019ShowsItsVolumeRankAndExceptions() throws Exception {
		String page = mvc.perform(get("/staff/dashboard/police-hate-crime").cookie(analyst)
				.param("area", BARNET).param("strand", "Racist and Religious Hate Crime").param("period", "2019-12"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		// The seed's Barnet strategy: "822 offences recorded in 2019"; the MPS file gives 824 for calendar 2019.
		assertThat(page).contains("id=\"volume\">824<");
		assertThat(page).containsPattern("\\d+(st|nd|rd|th) of 32 London boroughs by number</span>")
			.containsPattern("\\d+(st|nd|rd|th) of 32 London boroughs by rate per 1,000</span>");
		assertThat(page).contains("exact Poisson test");
		assertThat(page).contains("id=\"benchmark-table\"").contains("Harrow").contains("99.8% limit");
		assertThat(page).contains("id=\"spc-table\"").contains("id=\"rolling-table\"");
		assertThat(page).contains("Source: Metropolitan Police Service via London Datastore");
	}

	@Test
	void barnetHasTheHighestRateOfAntiSemiticHateCrimeInLondonIn2019() throws Exception {
		// The seed's Barnet strategy: "Barnet has the highest level of anti-Semitic hate crime in London (2019)".
		mvc.perform(get("/staff/dashboard/police-hate-crime").cookie(analyst)
				.param("area", BARNET).param("strand", "Anti-Semitic").param("period", "2019-12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">1st of 32 London boroughs by number</span>")))
			.andExpect(content().string(containsString(">1st of 32 London boroughs by rate per 1,000</span>")));
	}

	@Test
	void aWardIndicatorShowsTheWardMapTableAndDataStartingLateIsSaidSo() throws Exception {
		mvc.perform(get("/staff/dashboard/burglary").cookie(analyst).param("area", BARNET))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"ward-table\"")))
			.andExpect(content().string(containsString("Burnt Oak")))
			.andExpect(content().string(containsString("of the 12 months to January 2024 have data")))
			.andExpect(content().string(containsString("id=\"ward-map-partial\"")))
			.andExpect(content().string(containsString("No comparison")))
			.andExpect(content().string(containsString("Source: data.police.uk")));
	}

	@Test
	void anIndicatorNotYetCollectedSaysSoHonestly() throws Exception {
		mvc.perform(get("/staff/dashboard/cs-marac-cases").cookie(analyst))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the service does not collect it yet")))
			.andExpect(content().string(not(containsString("id=\"volume\""))));
	}

	@Test
	void hotSpotsShowHighestRatesAndSignificantRisesPerStrand() throws Exception {
		mvc.perform(get("/staff/dashboard/hot-spots").cookie(analyst).param("indicator", "police-hate-crime")
				.param("period", "2019-12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Anti-Semitic")))
			.andExpect(content().string(containsString("Highest rates per 1,000 residents, 12 months to December 2019")))
			.andExpect(content().string(containsString("Westminster")));
	}

	@Test
	void anUnknownIndicatorIsNotFound() throws Exception {
		mvc.perform(get("/staff/dashboard/no-such-thing").cookie(analyst)).andExpect(status().isNotFound());
	}

	private Map<String, Long> aggregate(String indicator, String type, String strand) {
		return DashboardSamples.aggregate(jdbc, indicator, type, strand);
	}

	private Map<String, Long> raw(String sql) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.sql(sql).query(rs -> {
			rows.put(DashboardSamples.key(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
		});
		return rows;
	}

}
