package org.safercommunities.performance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts gathered for insert into indicator_month or indicator_week, added up by key, then written in batches. A
 * percentage indicator's row also holds its denominator (base); other rows have none.
 */
final class MonthlyRows {

	private record Key(String indicator, AreaType type, String strand, String area, LocalDate period) {
	}

	/** The count and, for a percentage indicator, the denominator (null for an indicator of counts). */
	private record Value(long count, Long base) {

		Value plus(Value other) {
			Long bases = (base == null && other.base == null) ? null
					: (base == null ? 0 : base) + (other.base == null ? 0 : other.base);
			return new Value(count + other.count, bases);
		}

	}

	private final Map<Key, Value> counts = new LinkedHashMap<>();

	void add(String indicator, AreaType type, String strand, String area, LocalDate period, long count) {
		counts.merge(new Key(indicator, type, strand, area, period), new Value(count, null), Value::plus);
	}

	/** Adds to the denominator of a percentage indicator's row (its numerator stays as counted, else 0). */
	void addBase(String indicator, AreaType type, String strand, String area, LocalDate period, long base) {
		counts.merge(new Key(indicator, type, strand, area, period), new Value(0, base), Value::plus);
	}

	int size() {
		return counts.size();
	}

	void insert(JdbcTemplate jdbc) {
		List<Object[]> batch = new ArrayList<>();
		counts.forEach((key, value) -> batch.add(new Object[] { key.indicator(), key.type().name(), key.strand(),
				key.area(), Date.valueOf(key.period()), value.count(), value.base() }));
		insertInto(jdbc, "insert into indicator_month (indicator_code, area_type, strand, area_code, month_start, "
				+ "event_count, base_count) values (?, ?, ?, ?, ?, ?, ?)", batch);
	}

	/** Weeks are kept for indicators of counts only (the early warning), so a row's base is not written. */
	void insertWeeks(JdbcTemplate jdbc) {
		List<Object[]> batch = new ArrayList<>();
		counts.forEach((key, value) -> batch.add(new Object[] { key.indicator(), key.type().name(), key.strand(),
				key.area(), Date.valueOf(key.period()), value.count() }));
		insertInto(jdbc, "insert into indicator_week (indicator_code, area_type, strand, area_code, week_start, "
				+ "event_count) values (?, ?, ?, ?, ?, ?)", batch);
	}

	private static void insertInto(JdbcTemplate jdbc, String sql, List<Object[]> batch) {
		for (int from = 0; from < batch.size(); from += 1000) {
			jdbc.batchUpdate(sql, batch.subList(from, Math.min(batch.size(), from + 1000)));
		}
	}

}
