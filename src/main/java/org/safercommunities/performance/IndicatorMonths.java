package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.safercommunities.performance.statistics.Proportion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the aggregate tables indicator_month and indicator_week: one area's months, every area's total over a
 * range of months, the months an indicator has data for. Every read is a range read on the primary key.
 */
@Component
class IndicatorMonths {

	private final JdbcClient jdbc;

	IndicatorMonths(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One area's monthly counts from {@code from} to {@code to}; months without a row are absent. */
	Map<YearMonth, Long> series(String indicator, AreaType type, String area, String strand, YearMonth from,
			YearMonth to) {
		Map<YearMonth, Long> series = new TreeMap<>();
		jdbc.sql("""
				select month_start, event_count from indicator_month
				where indicator_code = ? and area_type = ? and strand = ? and area_code = ? and month_start between ? and ?""")
			.params(indicator, type.name(), strand, area, first(from), first(to))
			.query(rs -> {
				series.put(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getLong(2));
			});
		return series;
	}

	/**
	 * One area's numerators and denominators of a percentage indicator from {@code from} to {@code to}; months
	 * without a row are absent (the coverage says whether that is no data or no cases).
	 */
	Map<YearMonth, Proportion> proportions(String indicator, AreaType type, String area, String strand, YearMonth from,
			YearMonth to) {
		Map<YearMonth, Proportion> series = new TreeMap<>();
		jdbc.sql("""
				select month_start, event_count, coalesce(base_count, 0) from indicator_month
				where indicator_code = ? and area_type = ? and strand = ? and area_code = ? and month_start between ? and ?""")
			.params(indicator, type.name(), strand, area, first(from), first(to))
			.query(rs -> {
				series.put(YearMonth.from(rs.getObject(1, LocalDate.class)), new Proportion(rs.getLong(2), rs.getLong(3)));
			});
		return series;
	}

	/** Every area's total from {@code from} to {@code to}, by area code. */
	Map<String, Long> totals(String indicator, AreaType type, String strand, YearMonth from, YearMonth to) {
		Map<String, Long> totals = new HashMap<>();
		jdbc.sql("""
				select area_code, sum(event_count) from indicator_month
				where indicator_code = ? and area_type = ? and strand = ? and month_start between ? and ?
				group by area_code""")
			.params(indicator, type.name(), strand, first(from), first(to))
			.query(rs -> {
				totals.put(rs.getString(1), rs.getLong(2));
			});
		return totals;
	}

	/** Every area's months from {@code from} to {@code to}: area code → month → count. */
	Map<String, Map<YearMonth, Long>> allSeries(String indicator, AreaType type, String strand, YearMonth from,
			YearMonth to) {
		Map<String, Map<YearMonth, Long>> all = new TreeMap<>();
		jdbc.sql("""
				select area_code, month_start, event_count from indicator_month
				where indicator_code = ? and area_type = ? and strand = ? and month_start between ? and ?""")
			.params(indicator, type.name(), strand, first(from), first(to))
			.query(rs -> {
				all.computeIfAbsent(rs.getString(1), key -> new TreeMap<>())
					.put(YearMonth.from(rs.getObject(2, LocalDate.class)), rs.getLong(3));
			});
		return all;
	}

	/** First and last month with data for the indicator anywhere (borough totals), if any: one key range read. */
	Optional<MonthRange> range(String indicator) {
		return range(indicator, AreaType.BOROUGH, null);
	}

	/**
	 * First and last month with data for one area (its total), if any. Sources cover different months in different
	 * places (each police force publishes its own months), so figures for an area go by the area's own months.
	 */
	Optional<MonthRange> range(String indicator, AreaType type, String area) {
		String sql = "select min(month_start) first_month, max(month_start) last_month from indicator_month "
				+ "where indicator_code = ? and area_type = ? and strand = 'ALL'" + (area == null ? "" : " and area_code = ?");
		Map<String, Object> row = jdbc.sql(sql)
			.params(area == null ? List.of(indicator, type.name()) : List.of(indicator, type.name(), area))
			.query()
			.singleRow();
		Object first = row.get("first_month");
		return (first == null) ? Optional.empty()
				: Optional.of(new MonthRange(YearMonth.from(toDate(first)), YearMonth.from(toDate(row.get("last_month")))));
	}

	static LocalDate toDate(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

	/** The strands an indicator is kept by, besides its total. */
	List<String> strands(String indicator) {
		return jdbc.sql("""
				select distinct strand from indicator_month
				where indicator_code = ? and area_type = 'BOROUGH' and strand <> 'ALL' order by strand""")
			.param(indicator)
			.query(String.class)
			.list();
	}

	/** Weekly counts of one area, oldest first, weeks starting {@code from} to {@code to} (Mondays). */
	Map<LocalDate, Long> weeks(String indicator, String area, String strand, LocalDate from, LocalDate to) {
		Map<LocalDate, Long> weeks = new TreeMap<>();
		jdbc.sql("""
				select week_start, event_count from indicator_week
				where indicator_code = ? and area_type = 'BOROUGH' and strand = ? and area_code = ?
				  and week_start between ? and ?""")
			.params(indicator, strand, area, from, to)
			.query(rs -> {
				weeks.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
		return weeks;
	}

	static LocalDate first(YearMonth month) {
		return month.atDay(1);
	}

	/** The months an indicator has data for. */
	record MonthRange(YearMonth first, YearMonth last) {
	}

}
