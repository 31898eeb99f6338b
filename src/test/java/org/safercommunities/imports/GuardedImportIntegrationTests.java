package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports that cannot wipe good data: a truncated file or one with many rejected rows, for a month already held,
 * waits for an analyst; a file whose rows were all rejected fails; every replacement can be undone exactly.
 * Each test uses a month of its own (the database is shared by all integration tests).
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(roles = "ANALYST")
class GuardedImportIntegrationTests {

	static final String MET = "metropolitan-police-service";

	@Autowired
	ImportRunner runner;

	@Autowired
	PoliceImports imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	/** The 35-row Met sample moved to {@code month}, keeping its first {@code rows} data rows. */
	static ImportFile metMonth(String month, int rows) {
		return ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv", month + "-metropolitan-street.csv",
				text -> {
					List<String> lines = text.replace(",2024-01,", "," + month + ",").lines().toList();
					return String.join("\n", lines.subList(0, Math.min(lines.size(), rows + 1))) + "\n";
				});
	}

	PoliceImport run(ImportFile file) {
		ImportOutcome outcome = runner.prepare(ImportKind.POLICE_UK_STREET, file, null);
		assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.QUEUED);
		return runner.run(outcome.importId(), file, ImportProgressListener.NONE);
	}

	@Test
	void aTruncatedFileForAMonthHeldIsHeldAndChangesNothingUntilConfirmed() {
		PoliceImport full = run(metMonth("2019-05", 35));
		Map<List<String>, Integer> before = countsByArea("2019-05");
		List<String> rowsBefore = rows("2019-05");
		events.clear();

		PoliceImport truncated = run(metMonth("2019-05", 5));

		assertThat(truncated.status()).isEqualTo(ImportStatus.HELD);
		assertThat(truncated.rowsBefore()).isEqualTo(35);
		assertThat(truncated.rowsImported()).isEqualTo(5);
		assertThat(imports.message(truncated, java.util.Locale.UK))
			.isEqualTo("This file has 5 rows where the data held has 35 (less than 50% of it), so nothing was replaced.");
		assertThat(countsByArea("2019-05")).isEqualTo(before);
		assertThat(rows("2019-05")).isEqualTo(rowsBefore);
		assertThat(imports.find(full.id()).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(events.stream(ImportCompleted.class)).isEmpty();
		ImportsOverview.Comparison comparison = imports.comparison(truncated);
		assertThat(comparison.totalBefore()).isEqualTo(35);
		assertThat(comparison.totalAfter()).isEqualTo(5);
		assertThat(comparison.lines()).anySatisfy(line -> {
			assertThat(line.area()).isEqualTo("Barnet");
			assertThat(line.category()).isEqualTo("Burglary");
			assertThat(line.before()).isEqualTo(before.get(List.of("E09000003", "Burglary")));
		});

		PoliceImport confirmed = imports.confirm(truncated.id());

		assertThat(confirmed.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(count("2019-05")).isEqualTo(5);
		assertThat(imports.find(full.id()).orElseThrow().status()).isEqualTo(ImportStatus.REPLACED);
		assertThat(jdbc.sql("select count(*) from street_crime_held where import_id = ?").param(truncated.id())
			.query(Integer.class).single()).isZero();
		assertThat(events.stream(ImportCompleted.class)).singleElement()
			.satisfies(event -> assertThat(event.months()).containsExactly(YearMonth.of(2019, 5)));
		assertThat(imports.canUndo(confirmed)).isTrue();

		PoliceImport undone = imports.undo(confirmed.id());

		assertThat(undone.status()).isEqualTo(ImportStatus.UNDONE);
		assertThat(rows("2019-05")).isEqualTo(rowsBefore);
		assertThat(countsByArea("2019-05")).isEqualTo(before);
		assertThat(imports.find(full.id()).orElseThrow().status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(events.stream(ImportCompleted.class)).hasSize(2);
		assertThat(coverageRows("2019-05")).isEqualTo(35);
	}

	@Test
	void aHeldFileCanBeDiscarded() {
		run(metMonth("2019-06", 35));
		List<String> rowsBefore = rows("2019-06");
		PoliceImport truncated = run(metMonth("2019-06", 10));
		assertThat(truncated.status()).isEqualTo(ImportStatus.HELD);

		PoliceImport discarded = imports.discard(truncated.id());

		assertThat(discarded.status()).isEqualTo(ImportStatus.DISCARDED);
		assertThat(rows("2019-06")).isEqualTo(rowsBefore);
		assertThat(jdbc.sql("select count(*) from street_crime_held where import_id = ?").param(truncated.id())
			.query(Integer.class).single()).isZero();
		// Confirming it afterwards does nothing.
		assertThat(imports.confirm(truncated.id()).status()).isEqualTo(ImportStatus.DISCARDED);
		assertThat(rows("2019-06")).isEqualTo(rowsBefore);
	}

	@Test
	void aFileWithManyRejectedRowsIsHeld() {
		run(metMonth("2019-07", 35));
		ImportFile broken = ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2019-07-metropolitan-street.csv", text -> {
					String moved = text.replace(",2024-01,", ",2019-07,");
					// Five of the 35 rows (14%) get a crime type police.uk does not have.
					for (int i = 0; i < 5; i++) {
						moved = moved.replaceFirst(",Burglary,", ",Littering,");
					}
					return moved;
				});

		PoliceImport held = run(broken);

		assertThat(held.status()).isEqualTo(ImportStatus.HELD);
		assertThat(held.rowsRejected()).isEqualTo(5);
		assertThat(count("2019-07")).isEqualTo(35);
	}

	@Test
	void aFileWhoseRowsWereAllRejectedChangesNothingAndFails() {
		run(metMonth("2019-08", 35));
		List<String> rowsBefore = rows("2019-08");
		ImportFile broken = ImportTestFiles.copy("police-uk/2024-01-metropolitan-street.csv",
				"2019-08-metropolitan-street.csv",
				text -> text.lines().findFirst().orElseThrow() + "\nabc,2019-08,Metropolitan Police Service,Metro\n");

		PoliceImport failed = run(broken);

		assertThat(failed.status()).isEqualTo(ImportStatus.FAILED);
		assertThat(failed.status().succeeded()).isFalse();
		assertThat(failed.rowsRead()).isEqualTo(1);
		assertThat(failed.rowsRejected()).isEqualTo(1);
		assertThat(imports.message(failed, java.util.Locale.UK)).startsWith("Every row was rejected (1 rows)");
		assertThat(rows("2019-08")).isEqualTo(rowsBefore);
		// The rejected row is kept for the report.
		assertThat(jdbc.sql("select count(*) from police_import_rejection where import_id = ?").param(failed.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void anAutomaticReplacementKeepsThePreviousRowsUntilDiscarded() {
		PoliceImport first = run(metMonth("2019-09", 35));
		PoliceImport second = run(metMonth("2019-09", 30));
		assertThat(second.status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(imports.find(first.id()).orElseThrow().status()).isEqualTo(ImportStatus.REPLACED);
		assertThat(imports.replacedRowsKept(second)).isEqualTo(35);
		assertThat(imports.comparison(second).totalBefore()).isEqualTo(35);
		assertThat(imports.comparison(second).totalAfter()).isEqualTo(30);

		imports.discardPrevious(second.id());

		assertThat(imports.replacedRowsKept(second)).isZero();
		assertThat(imports.canUndo(imports.find(second.id()).orElseThrow())).isFalse();
		assertThat(imports.undo(second.id()).status()).isEqualTo(ImportStatus.COMPLETED);
		assertThat(count("2019-09")).isEqualTo(30);
	}

	@Test
	void theImportsPageListsTheMonthsHeldWithTheirHistory() throws Exception {
		PoliceImport first = run(metMonth("2019-10", 35));
		PoliceImport second = run(metMonth("2019-10", 34));

		ImportsOverview.StreetMonth month = imports.streetMonthsHeld().stream()
			.filter(m -> m.month().equals(YearMonth.of(2019, 10)) && m.forceCode().equals(MET))
			.findFirst()
			.orElseThrow();

		assertThat(month.rows()).isEqualTo(34);
		assertThat(month.importId()).isEqualTo(second.id());
		assertThat(month.crimeTypes()).containsExactly("Burglary");
		assertThat(month.fewCrimeTypes()).isTrue();
		assertThat(month.allCrimeTypes()).isFalse();
		assertThat(month.history()).extracting(PoliceImport::id).containsExactly(first.id());
		assertThat(month.history().get(0).status()).isEqualTo(ImportStatus.REPLACED);

		// What the analyst reads on /staff/imports: the month's history names the replaced import
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/staff/imports"))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).containsPattern("href=\"/staff/imports/" + first.id() + "\">Import " + first.id()
				+ "</a>:\\s*<span>Replaced</span>");
	}

	private int count(String month) {
		return jdbc.sql("select count(*) from street_crime where force_code = ? and crime_month = ?")
			.params(MET, LocalDate.parse(month + "-01")).query(Integer.class).single();
	}

	private int coverageRows(String month) {
		return jdbc.sql("select coalesce(sum(row_count), 0) from street_crime_coverage where force_code = ? and crime_month = ?")
			.params(MET, LocalDate.parse(month + "-01")).query(Integer.class).single();
	}

	/** Rows by borough and crime type. */
	private Map<List<String>, Integer> countsByArea(String month) {
		Map<List<String>, Integer> counts = new java.util.TreeMap<>(StreetCrimeMonths.KEY_ORDER);
		jdbc.sql("""
				select coalesce(borough_code, ''), crime_type, count(*) from street_crime where force_code = ?
				  and crime_month = ? group by coalesce(borough_code, ''), crime_type""")
			.params(MET, LocalDate.parse(month + "-01"))
			.query(rs -> {
				counts.put(List.of(rs.getString(1), rs.getString(2)), rs.getInt(3));
			});
		return counts;
	}

	/** Every column of every row, in row order: "exactly" as stored. */
	private List<String> rows(String month) {
		return jdbc.sql("select * from street_crime where force_code = ? and crime_month = ? order by row_no")
			.params(MET, LocalDate.parse(month + "-01"))
			.query((rs, n) -> {
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getObject(i)).append(';');
				}
				return row.toString();
			})
			.list();
	}

}
