package org.safercommunities.imports;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PoliceUkImportIntegrationTests {

	static final String MET = "metropolitan-police-service";

	static final String CITY = "city-of-london-police";

	@Autowired
	ImportRunner runner;

	@Autowired
	PoliceImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ImportLog log;

	/** Imports the file, or finds the import that already holds exactly this file. */
	PoliceImport imported(ImportFile file) {
		ImportOutcome outcome = runner.prepare(ImportKind.POLICE_UK_STREET, file, null);
		if (outcome.result() == ImportOutcome.Result.QUEUED) {
			return runner.run(outcome.importId(), file, ImportProgressListener.NONE);
		}
		assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.SKIPPED_DUPLICATE);
		return log.find(outcome.importId()).orElseThrow();
	}

	@Test
	void importsAMetropolitanMonthAndPlacesEachCrime() {
		// Moved to a month of its own: other modules' tests import the full 2024-01 file into the shared database,
		// and this 35-row file would then be held rather than replace it.
		PoliceImport done = imported(ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2020-01-metropolitan-street.csv", text -> text.replace(",2024-01,", ",2020-01,")));

		assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(done.forceName()).isEqualTo("Metropolitan Police Service");
		assertThat(done.month()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(done.rowsRead()).isEqualTo(35);
		assertThat(done.rowsImported()).isEqualTo(35);
		assertThat(done.rowsRejected()).isZero();
		assertThat(count(MET, "2020-01-01")).isEqualTo(35);
		// The 20 Barnet rows lie in Barnet's stored ward boundaries; the others get their ward from the LSOA.
		assertThat(jdbc.sql("""
				select count(*) from street_crime where force_code = ? and crime_month = ? and borough_code = 'E09000003'
				  and ward_code like 'E0501%'""").params(MET, LocalDate.of(2020, 1, 1)).query(Integer.class).single())
			.isEqualTo(20);
		assertThat(jdbc.sql("select count(*) from street_crime where force_code = ? and crime_month = ? and ward_code is null")
			.params(MET, LocalDate.of(2020, 1, 1)).query(Integer.class).single()).isZero();
	}

	@Test
	void importingTheSameFileTwiceChangesNothing() {
		ImportFile file = ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2020-01-metropolitan-street.csv", text -> text.replace(",2024-01,", ",2020-01,"));
		PoliceImport first = imported(file);
		int imports = jdbc.sql("select count(*) from police_import").query(Integer.class).single();

		ImportOutcome again = runner.prepare(ImportKind.POLICE_UK_STREET, ImportTestFiles.copy(
				"police-uk/2024-01-metropolitan-street.csv", "2020-01-metropolitan-street.csv",
				text -> text.replace(",2024-01,", ",2020-01,")), null);

		assertThat(again.result()).isEqualTo(ImportOutcome.Result.SKIPPED_DUPLICATE);
		assertThat(again.importId()).isEqualTo(first.id());
		assertThat(jdbc.sql("select count(*) from police_import").query(Integer.class).single()).isEqualTo(imports);
		assertThat(count(MET, "2020-01-01")).isEqualTo(35);
	}

	@Test
	void aNewFileForAMonthAlreadyImportedReplacesThatMonth() {
		ImportFile march = ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2024-03-metropolitan-street.csv", text -> text.replace(",2024-01,", ",2024-03,"));
		PoliceImport first = imported(march);
		assertThat(count(MET, "2024-03-01")).isEqualTo(35);

		ImportFile shorter = ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2024-03-metropolitan-street.csv",
				text -> text.replace(",2024-01,", ",2024-03,").substring(0, text.stripTrailing().lastIndexOf('\n') + 1)
					+ "\n");
		PoliceImport second = imported(shorter);

		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(second.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(log.find(first.id()).orElseThrow().status()).isEqualTo(ImportStatus.REPLACED);
		assertThat(count(MET, "2024-03-01")).isEqualTo(34);
	}

	@Test
	void antisocialBehaviourRowsWithoutACrimeIdAreKept() {
		PoliceImport done = imported(ImportTestFiles.copy("police-uk/2023-01-city-of-london-street.csv",
				"2020-02-city-of-london-street.csv", text -> text.replace(",2023-01,", ",2020-02,")));

		assertThat(done.rowsImported()).isEqualTo(20);
		assertThat(jdbc.sql("""
				select count(*) from street_crime where force_code = ? and crime_month = ? and crime_id is null
				  and crime_type = 'Anti-social behaviour'""").params(CITY, LocalDate.of(2020, 2, 1)).query(Integer.class)
			.single()).isEqualTo(8);
		// "No Location" rows: kept without a point or a place.
		assertThat(jdbc.sql("""
				select count(*) from street_crime where force_code = ? and crime_month = ? and longitude is null
				  and ward_code is null""").params(CITY, LocalDate.of(2020, 2, 1)).query(Integer.class).single())
			.isEqualTo(2);
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void aMalformedFileImportsItsGoodRowsAndReportsEachBadOne() throws Exception {
		PoliceImport done = imported(ImportTestFiles.copy("police-uk/2023-02-city-of-london-street.csv"));

		assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(done.rowsRead()).isEqualTo(10);
		assertThat(done.rowsImported()).isEqualTo(2);
		assertThat(done.rowsRejected()).isEqualTo(8);
		assertThat(count(CITY, "2023-02-01")).isEqualTo(2);

		List<String> reasons = jdbc.sql("select reason_code from police_import_rejection where import_id = ? order by row_no")
			.param(done.id()).query(String.class).list();
		assertThat(reasons).containsExactly("imports.reject.month-format", "imports.reject.month-mismatch",
				"imports.reject.coordinates-format", "imports.reject.outside-uk", "imports.reject.crime-type",
				"imports.reject.lsoa", "imports.reject.crime-id", "imports.reject.columns");

		StringWriter report = new StringWriter();
		imports.writeRejections(done.id(), report, Locale.UK);
		assertThat(report.toString().lines().toList()).hasSize(9)
			.first().asString().isEqualTo("Row,Reason,Row as read");
		assertThat(report.toString()).contains("2,Month \u20182023-13\u2019 is not a month in the form YYYY-MM")
			.contains("3,Month 2023-03 is not the file\u2019s month 2023-02")
			.contains("Crime type \u2018Littering\u2019 is not a police.uk crime type")
			.contains("9,The row has 4 columns; the file has 12");
	}

	@Test
	void aFileThatIsNotPoliceUkFailsAsAWhole() {
		ImportFile file = ImportTestFiles.copy("mps/hate_crime_borough_monthly.csv");

		ImportOutcome outcome = runner.prepare(ImportKind.POLICE_UK_STREET, file, null);

		assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.FAILED);
		PoliceImport failed = log.find(outcome.importId()).orElseThrow();
		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.message()).startsWith("imports.failed.header");
	}

	private int count(String force, String month) {
		return jdbc.sql("select count(*) from street_crime where force_code = ? and crime_month = ?")
			.params(force, LocalDate.parse(month)).query(Integer.class).single();
	}

}
