package org.safercommunities.imports;

import java.time.LocalDate;
import java.util.List;

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
		// The full file other modules' tests import too (a smaller file after it would be held, not applied).
		ImportFile file = ImportTestFiles.copy("demo/mps/hate_crime_borough_monthly.csv");
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
				ImportTestFiles.copy("demo/mps/hate_crime_borough_monthly.csv"), null);
		assertThat(again.result()).isEqualTo(ImportOutcome.Result.SKIPPED_DUPLICATE);
		assertThat(jdbc.sql("select count(*) from hate_crime_count").query(Integer.class).single()).isEqualTo(rows);
		assertThat(barnet2019("Racist and Religious Hate Crime")).isEqualTo(824);
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(roles = "ANALYST")
	void aTruncatedHateCrimeFileIsHeldAndAConfirmedOneCanBeUndoneExactly() {
		ImportsForTests.importNow(context, ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		List<String> before = allCounts();
		// The header and the first 40 rows: a few boroughs where the data held has all 33.
		ImportFile truncated = ImportTestFiles.copy("demo/mps/hate_crime_borough_monthly.csv", "truncated.csv",
				text -> String.join("\n", text.lines().limit(41).toList()) + "\n");
		ImportOutcome outcome = runner.prepare(ImportKind.HATE_CRIME_COUNTS, truncated, null);

		PoliceImport held = runner.run(outcome.importId(), truncated, ImportProgressListener.NONE);

		assertThat(held.status()).isEqualTo(ImportStatus.HELD);
		assertThat(held.rowsBefore()).isGreaterThan(held.rowsImported());
		assertThat(allCounts()).isEqualTo(before);
		ImportsOverview.Comparison comparison = imports.comparison(held);
		assertThat(comparison.categoryHeading()).isEqualTo("imports.compare.strand");
		assertThat(comparison.lines()).anySatisfy(line -> {
			assertThat(line.area()).isEqualTo("Westminster");
			assertThat(line.before()).isPositive();
			assertThat(line.after()).isZero();
		});

		PoliceImport confirmed = imports.confirm(held.id());
		try {
			assertThat(confirmed.status()).isEqualTo(ImportStatus.COMPLETED);
			assertThat(allCounts()).isNotEqualTo(before);
		}
		finally {
			// Other tests read the full counts: put them back whatever happened above.
			PoliceImport undone = imports.undo(confirmed.id());
			assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
		}
		assertThat(allCounts()).isEqualTo(before);
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	PoliceImports imports;

	private List<String> allCounts() {
		return jdbc.sql("""
				select source, borough_name, borough_code, strand, crime_month, offences, import_id from hate_crime_count
				order by source, borough_name, strand, crime_month""")
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
					+ "|" + rs.getObject(5) + "|" + rs.getInt(6) + "|" + rs.getLong(7))
			.list();
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
