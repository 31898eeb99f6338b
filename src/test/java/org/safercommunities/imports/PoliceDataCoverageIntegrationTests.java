package org.safercommunities.imports;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage from the real police.uk files: the Metropolitan Police month filtered to burglary by the repository
 * that carried it, and a full City of London Police month (all 14 crime types).
 */
@IntegrationTest
class PoliceDataCoverageIntegrationTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	PoliceDataCoverage coverage;

	@Test
	void aMetBurglaryOnlyFileHoldsBurglaryNotAllTypesAndCoversLondonButTheCity() {
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2024-01-metropolitan-street.csv.gz");

		PoliceDataCoverage.StreetFile met = file(YearMonth.of(2024, 1), "metropolitan-police-service");

		assertThat(met.crimeTypes()).containsExactly("Burglary");
		assertThat(met.allCrimeTypes()).isFalse();
		assertThat(met.holds("Burglary")).isTrue();
		assertThat(met.holds("Robbery")).isFalse();
		assertThat(met.holds(null)).isFalse();
		// By configuration (London default): every London borough but the City, whatever the rows say.
		assertThat(met.boroughs()).hasSize(32).contains("E09000003", "E09000033").doesNotContain("E09000001");
	}

	@Test
	void aFullCityOfLondonFileHoldsAllTypesAndCoversTheCity() {
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2023-03-city-of-london-street.csv.gz");

		PoliceDataCoverage.StreetFile city = file(YearMonth.of(2023, 3), "city-of-london-police");

		assertThat(city.crimeTypes()).hasSize(14).contains("Anti-social behaviour", "Shoplifting");
		assertThat(city.allCrimeTypes()).isTrue();
		assertThat(city.holds(null)).isTrue();
		assertThat(city.holds("Burglary")).isTrue();
		assertThat(city.boroughs()).containsExactly("E09000001");
	}

	private PoliceDataCoverage.StreetFile file(YearMonth month, String force) {
		return coverage.streetFiles()
			.stream()
			.filter(file -> file.month().equals(month) && file.forceCode().equals(force))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No coverage for " + force + " " + month));
	}

}
