package org.safercommunities.performance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts gathered for insert into indicator_month or indicator_week, added up by key, then written in batches. */
final class MonthlyRows {

	private record Key(String indicator, AreaType type, String strand, String area, LocalDate period) {
	}

	private final Map<Key, Long> counts = new LinkedHashMap<>();

	void add(String indicator, AreaType type, String strand, String area, LocalDate period, long count) {
		counts.merge(new Key(indicator, type, strand, area, period), count, Long::sum);
	}

	int size() {
		return counts.size();
	}

	void insert(JdbcTemplate jdbc) {
		insertInto(jdbc, "indicator_month", "month_start");
	}

	void insertWeeks(JdbcTemplate jdbc) {
		insertInto(jdbc, "indicator_week", "week_start");
	}

	private void insertInto(JdbcTemplate jdbc, String table, String periodColumn) {
		List<Object[]> batch = new ArrayList<>();
		counts.forEach((key, count) -> batch.add(new Object[] { key.indicator(), key.type().name(), key.strand(),
				key.area(), Date.valueOf(key.period()), count }));
		for (int from = 0; from < batch.size(); from += 1000) {
			jdbc.batchUpdate("insert into " + table + " (indicator_code, area_type, strand, area_code, "
					+ periodColumn + ", event_count) values (?, ?, ?, ?, ?, ?)",
					batch.subList(from, Math.min(batch.size(), from + 1000)));
		}
	}

}
