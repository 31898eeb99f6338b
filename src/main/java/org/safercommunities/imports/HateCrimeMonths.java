package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores hate crime counts, sets the counts a file replaces aside (hate_crime_count_replaced, keyed by the
 * replacing import) and keeps the counts of a held file (hate_crime_count_held). A file replaces its source's
 * counts for every month from its first to its last. Runs in the caller's transaction.
 */
@Component
class HateCrimeMonths {

	private static final String COLUMNS = "source, borough_name, borough_code, strand, crime_month, offences";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	HateCrimeMonths(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Counts held now for the months from first to last. */
	int rowsHeld(String source, LocalDate first, LocalDate last) {
		return jdbc.sql("select count(*) from hate_crime_count where source = ? and crime_month between ? and ?")
			.params(source, first, last)
			.query(Integer.class)
			.single();
	}

	/** Sets the counts of those months aside as replaced by {@code importId}, then stores the file's; returns rows set aside. */
	int replace(long importId, String source, LocalDate first, LocalDate last, List<HateCrimeFile.Count> rows) {
		int before = setAside(importId, source, first, last);
		insert("insert into hate_crime_count (" + COLUMNS + ", import_id) values (?, ?, ?, ?, ?, ?, ?)", importId, rows);
		return before;
	}

	void hold(long importId, List<HateCrimeFile.Count> rows) {
		insert("insert into hate_crime_count_held (" + COLUMNS + ", import_id) values (?, ?, ?, ?, ?, ?, ?)", importId,
				rows);
	}

	/** A held file's counts become the data; returns the rows set aside. */
	int applyHeld(long importId) {
		HeldRange range = heldRange(importId);
		if (range == null) {
			return 0;
		}
		int before = setAside(importId, range.source(), range.first(), range.last());
		jdbc.sql("insert into hate_crime_count (" + COLUMNS + ", import_id) select " + COLUMNS
				+ ", import_id from hate_crime_count_held where import_id = ?")
			.param(importId)
			.update();
		discardHeld(importId);
		return before;
	}

	void discardHeld(long importId) {
		jdbc.sql("delete from hate_crime_count_held where import_id = ?").param(importId).update();
	}

	/** Removes the import's counts and puts back exactly those it replaced. */
	void putBack(long importId) {
		jdbc.sql("delete from hate_crime_count where import_id = ?").param(importId).update();
		jdbc.sql("insert into hate_crime_count (" + COLUMNS + ", import_id) select " + COLUMNS
				+ ", import_id from hate_crime_count_replaced where replaced_by = ?")
			.param(importId)
			.update();
		discardReplaced(importId);
	}

	int replacedRows(long importId) {
		return jdbc.sql("select count(*) from hate_crime_count_replaced where replaced_by = ?").param(importId)
			.query(Integer.class).single();
	}

	void discardReplaced(long importId) {
		jdbc.sql("delete from hate_crime_count_replaced where replaced_by = ?").param(importId).update();
	}

	List<Long> importsHolding(long importId) {
		return jdbc.sql("select distinct import_id from hate_crime_count_replaced where replaced_by = ?")
			.param(importId)
			.query(Long.class)
			.list();
	}

	/** Months the import's counts and the counts it replaced cover, oldest first. */
	List<YearMonth> monthsTouchedBy(long importId) {
		return jdbc.sql("""
				select crime_month from hate_crime_count where import_id = ?
				union select crime_month from hate_crime_count_replaced where replaced_by = ?
				union select crime_month from hate_crime_count_held where import_id = ?""")
			.params(importId, importId, importId)
			.query(LocalDate.class)
			.list()
			.stream()
			.map(YearMonth::from)
			.sorted()
			.distinct()
			.toList();
	}

	/** Offences by borough and strand held now for the months a held file covers. */
	Map<List<String>, Integer> offencesHeldNowFor(long heldImportId) {
		HeldRange range = heldRange(heldImportId);
		if (range == null) {
			return new TreeMap<>(StreetCrimeMonths.KEY_ORDER);
		}
		return offences("select borough_name, strand, sum(offences) from hate_crime_count where source = ?"
				+ " and crime_month between ? and ? group by borough_name, strand", range.source(), range.first(),
				range.last());
	}

	Map<List<String>, Integer> offencesOfHeld(long importId) {
		return offences("select borough_name, strand, sum(offences) from hate_crime_count_held where import_id = ?"
				+ " group by borough_name, strand", importId);
	}

	Map<List<String>, Integer> offencesOf(long importId) {
		return offences("select borough_name, strand, sum(offences) from hate_crime_count where import_id = ?"
				+ " group by borough_name, strand", importId);
	}

	Map<List<String>, Integer> offencesReplacedBy(long importId) {
		return offences("select borough_name, strand, sum(offences) from hate_crime_count_replaced where replaced_by = ?"
				+ " group by borough_name, strand", importId);
	}

	/** Per import holding counts now: first and last month, counts and boroughs. */
	List<HeldCounts> heldByImport() {
		return jdbc.sql("""
				select import_id, min(crime_month), max(crime_month), count(*), count(distinct borough_code),
				  count(distinct strand) from hate_crime_count group by import_id order by min(crime_month)""")
			.query((rs, n) -> new HeldCounts(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6)))
			.list();
	}

	record HeldCounts(long importId, LocalDate first, LocalDate last, int rows, int boroughs, int strands) {
	}

	private int setAside(long importId, String source, LocalDate first, LocalDate last) {
		int rows = jdbc.sql("insert into hate_crime_count_replaced (replaced_by, " + COLUMNS + ", import_id) select ?, "
				+ COLUMNS + ", import_id from hate_crime_count where source = ? and crime_month between ? and ?")
			.params(importId, source, first, last)
			.update();
		if (rows > 0) {
			jdbc.sql("delete from hate_crime_count where source = ? and crime_month between ? and ?")
				.params(source, first, last)
				.update();
		}
		return rows;
	}

	private record HeldRange(String source, LocalDate first, LocalDate last) {
	}

	private HeldRange heldRange(long importId) {
		return jdbc.sql("""
				select min(source), min(crime_month), max(crime_month) from hate_crime_count_held where import_id = ?""")
			.param(importId)
			.query((rs, n) -> rs.getString(1) == null ? null
					: new HeldRange(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private void insert(String sql, long importId, List<HateCrimeFile.Count> rows) {
		template.batchUpdate(sql, rows, 1000, (ps, row) -> {
			ps.setString(1, row.source());
			ps.setString(2, row.boroughName());
			ps.setString(3, row.boroughCode());
			ps.setString(4, row.strand());
			ps.setObject(5, row.month());
			ps.setInt(6, row.offences());
			ps.setLong(7, importId);
		});
	}

	private Map<List<String>, Integer> offences(String sql, Object... params) {
		Map<List<String>, Integer> counts = new TreeMap<>(StreetCrimeMonths.KEY_ORDER);
		jdbc.sql(sql).params(params).query(rs -> {
			counts.put(List.of(rs.getString(1), rs.getString(2)), rs.getInt(3));
		});
		return counts;
	}

}
