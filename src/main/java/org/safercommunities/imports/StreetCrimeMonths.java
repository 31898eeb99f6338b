package org.safercommunities.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Moves one force's month of street-level rows between street_crime, the rows a replacement took out
 * (street_crime_replaced, keyed by the replacing import) and the rows of a held file (street_crime_held), with
 * server-side INSERT … SELECT so no row passes through Java. Runs in the caller's transaction.
 */
@Component
class StreetCrimeMonths {

	static final String COLUMNS = "force_code, crime_month, row_no, import_id, crime_id, crime_type, longitude, "
			+ "latitude, lsoa_code, ward_code, borough_code, outcome";

	private final JdbcClient jdbc;

	StreetCrimeMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Takes the month's rows out of street_crime and keeps them as replaced by {@code importId}; returns how many. */
	int setAside(long importId, String forceCode, LocalDate month) {
		int rows = jdbc.sql("insert into street_crime_replaced (replaced_by, " + COLUMNS + ") select ?, " + COLUMNS
				+ " from street_crime where force_code = ? and crime_month = ?")
			.params(importId, forceCode, month)
			.update();
		if (rows > 0) {
			jdbc.sql("delete from street_crime where force_code = ? and crime_month = ?").params(forceCode, month).update();
		}
		return rows;
	}

	/** Moves the rows an import just wrote into street_crime aside, as held. */
	void hold(long importId, String forceCode, LocalDate month) {
		jdbc.sql("insert into street_crime_held (" + COLUMNS + ") select " + COLUMNS
				+ " from street_crime where force_code = ? and crime_month = ? and import_id = ?")
			.params(forceCode, month, importId)
			.update();
		jdbc.sql("delete from street_crime where force_code = ? and crime_month = ? and import_id = ?")
			.params(forceCode, month, importId)
			.update();
	}

	/** A held import's rows become the month's data (the caller has set the previous rows aside). */
	int applyHeld(long importId) {
		int rows = jdbc.sql("insert into street_crime (" + COLUMNS + ") select " + COLUMNS
				+ " from street_crime_held where import_id = ?")
			.param(importId)
			.update();
		discardHeld(importId);
		return rows;
	}

	void discardHeld(long importId) {
		jdbc.sql("delete from street_crime_held where import_id = ?").param(importId).update();
	}

	/** The month's rows now are removed and the rows {@code importId} replaced are put back exactly. */
	void putBack(long importId, String forceCode, LocalDate month) {
		jdbc.sql("delete from street_crime where force_code = ? and crime_month = ?").params(forceCode, month).update();
		jdbc.sql("insert into street_crime (" + COLUMNS + ") select " + COLUMNS
				+ " from street_crime_replaced where replaced_by = ?")
			.param(importId)
			.update();
		discardReplaced(importId);
	}

	int replacedRows(long importId) {
		return jdbc.sql("select count(*) from street_crime_replaced where replaced_by = ?").param(importId)
			.query(Integer.class).single();
	}

	void discardReplaced(long importId) {
		jdbc.sql("delete from street_crime_replaced where replaced_by = ?").param(importId).update();
	}

	/** The imports whose rows the month holds now. */
	List<Long> importsHolding(String forceCode, LocalDate month) {
		return jdbc.sql("select distinct import_id from street_crime where force_code = ? and crime_month = ?")
			.params(forceCode, month)
			.query(Long.class)
			.list();
	}

	/** Rows by borough code ('' for none) and crime type: of the month held now. */
	Map<List<String>, Integer> countsHeldNow(String forceCode, LocalDate month) {
		return counts("select coalesce(borough_code, ''), crime_type, count(*) from street_crime"
				+ " where force_code = ? and crime_month = ? group by coalesce(borough_code, ''), crime_type", forceCode, month);
	}

	/** ... of a held file. */
	Map<List<String>, Integer> countsOfHeld(long importId) {
		return counts("select coalesce(borough_code, ''), crime_type, count(*) from street_crime_held"
				+ " where import_id = ? group by coalesce(borough_code, ''), crime_type", importId);
	}

	/** ... of the rows a replacement took out. */
	Map<List<String>, Integer> countsReplacedBy(long importId) {
		return counts("select coalesce(borough_code, ''), crime_type, count(*) from street_crime_replaced"
				+ " where replaced_by = ? group by coalesce(borough_code, ''), crime_type", importId);
	}

	private Map<List<String>, Integer> counts(String sql, Object... params) {
		Map<List<String>, Integer> counts = new TreeMap<>(KEY_ORDER);
		jdbc.sql(sql).params(params).query(rs -> {
			counts.put(List.of(rs.getString(1), rs.getString(2)), rs.getInt(3));
		});
		return counts;
	}

	static final java.util.Comparator<List<String>> KEY_ORDER = (a, b) -> {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			int c = a.get(i).compareTo(b.get(i));
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	};

}
