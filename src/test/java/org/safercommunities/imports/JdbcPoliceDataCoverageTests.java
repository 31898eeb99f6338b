package org.safercommunities.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** The boroughs a force polices and "all crime types", without a database. */
class JdbcPoliceDataCoverageTests {

	static ImportSettings settings(Map<String, ImportSettings.ForceArea> areas, int allTypesAtLeast) {
		return new ImportSettings(DataSize.ofMegabytes(100), null, new ImportSettings.Guard(0.5, 0.1), allTypesAtLeast,
				areas, java.util.List.of());
	}

	@Test
	void aForceNotConfiguredPolicesTheBoroughsWhereItHasTheMostRows() {
		JdbcPoliceDataCoverage coverage = new JdbcPoliceDataCoverage(null, null, settings(Map.of(), 10));

		Set<String> policed = coverage.boroughsPolicedBy("british-transport-police",
				Map.of("E09000001", "city-of-london-police", "E09000002", "british-transport-police"));

		assertThat(policed).containsExactly("E09000002");
	}

	@Test
	void aConfiguredKeyMatchesTheForceCodeOrItsStart() {
		ImportSettings.ForceArea surrey = new ImportSettings.ForceArea(false, List.of("E07000207"), List.of());
		JdbcPoliceDataCoverage coverage = new JdbcPoliceDataCoverage(null, null, settings(Map.of("surrey", surrey), 10));

		assertThat(coverage.configuredArea("surrey-police")).contains(surrey);
		assertThat(coverage.configuredArea("surrey")).contains(surrey);
		assertThat(coverage.configuredArea("surreyish-police")).isEmpty();
		// Configuring any force replaces the London defaults.
		assertThat(coverage.configuredArea("metropolitan-police-service")).isEmpty();
	}

	@Test
	void allCrimeTypesMeansAtLeastTheConfiguredNumberOfPoliceUkTypes() {
		JdbcPoliceDataCoverage coverage = new JdbcPoliceDataCoverage(null, null, settings(Map.of(), 3));

		assertThat(coverage.holdsAllCrimeTypes(Set.of("Burglary", "Robbery", "Drugs"))).isTrue();
		assertThat(coverage.holdsAllCrimeTypes(Set.of("Burglary", "Robbery", "Not a type"))).isFalse();
		assertThat(ImportSettings.LONDON).containsKeys("metropolitan", "city-of-london");
	}

}
