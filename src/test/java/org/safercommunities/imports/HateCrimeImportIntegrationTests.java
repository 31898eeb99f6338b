package org.safercommunities.imports;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HateCrimeImportIntegrationTests {

	@Autowired
	ImportRunner runner;

	@Autowired
	JdbcClient jdbc;

	@Test
	void barnetsRacistAndReligiousHateCrimeIn2019Was824AndASecondImportChangesNothing() {
		ImportFile file = ImportTestFiles.copy("mps/hate_crime_borough_monthly.csv");
		ImportOutcome outcome = runner.prepare(ImportKind.HATE_CRIME_COUNTS, file, null);
		if (outcome.result() == ImportOutcome.Result.QUEUED) {
			PoliceImport done = runner.run(outcome.importId(), file, ImportProgressListener.NONE);
			assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
			// Aviation Security (SO18) is an MPS command, not a borough: its hate crime rows are rejected.
			assertThat(done.rowsRejected()).isEqualTo(7);
		}
		int rows = jdbc.sql("select count(*) from hate_crime_count").query(Integer.class).single();

		assertThat(barnet2019("Racist and Religious Hate Crime")).isEqualTo(824);
		assertThat(barnet2019("Anti-Semitic")).isEqualTo(179);
		assertThat(jdbc.sql("select distinct borough_code from hate_crime_count where borough_name = 'Barnet'")
			.query(String.class).single()).isEqualTo("E09000003");
		// Domestic abuse rows share the "Hate" heading in the MPS file but are not a hate crime strand.
		assertThat(jdbc.sql("select count(*) from hate_crime_count where strand like 'Domestic%'").query(Integer.class)
			.single()).isZero();

		ImportOutcome again = runner.prepare(ImportKind.HATE_CRIME_COUNTS,
				ImportTestFiles.copy("mps/hate_crime_borough_monthly.csv"), null);
		assertThat(again.result()).isEqualTo(ImportOutcome.Result.SKIPPED_DUPLICATE);
		assertThat(jdbc.sql("select count(*) from hate_crime_count").query(Integer.class).single()).isEqualTo(rows);
		assertThat(barnet2019("Racist and Religious Hate Crime")).isEqualTo(824);
	}

	private int barnet2019(String strand) {
		return jdbc.sql("""
				select sum(offences) from hate_crime_count where borough_name = 'Barnet' and strand = ?
				  and crime_month between ? and ?""")
			.params(strand, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 1))
			.query(Integer.class)
			.single();
	}

}
