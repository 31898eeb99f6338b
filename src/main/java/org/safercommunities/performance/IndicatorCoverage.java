package org.safercommunities.performance;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.Optional;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The months each indicator has data for, by borough (table indicator_coverage). A month without coverage is no
 * data, never zero: figures, charts, exports and open data go by it. Written by {@link AggregateRefresh}, one
 * indicator at a time, always with its aggregates.
 */
@Component
class IndicatorCoverage {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	IndicatorCoverage(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** One month a source holds for a borough; {@code heldTypes} names what a file holds where it is not covered. */
	record Month(String area, YearMonth month, boolean covered, String heldTypes) {
	}

	/** An area's coverage over a range: covered months, and the held months that do not serve the indicator. */
	record AreaCoverage(NavigableSet<YearMonth> covered, Map<YearMonth, String> heldOtherTypes) {

		static final AreaCoverage NONE = new AreaCoverage(Set.of(), Map.of());

		AreaCoverage {
			covered = Collections.unmodifiableNavigableSet(new TreeSet<>(covered));
		}

		AreaCoverage(Set<YearMonth> covered, Map<YearMonth, String> heldOtherTypes) {
			this(new TreeSet<>(covered), heldOtherTypes);
		}

		boolean covers(YearMonth month) {
			return covered.contains(month);
		}

		/** Covered months from {@code from} to {@code to}. */
		int coveredBetween(YearMonth from, YearMonth to) {
			return from.isAfter(to) ? 0 : covered.subSet(from, true, to, true).size();
		}

		boolean coversAll(YearMonth from, YearMonth to) {
			return coveredBetween(from, to) == from.until(to, ChronoUnit.MONTHS) + 1;
		}

		YearMonth first() {
			return covered.first();
		}

		YearMonth last() {
			return covered.last();
		}

		/** The first and last covered months (the choices of period end); call only when not empty. */
		IndicatorMonths.MonthRange range() {
			return new IndicatorMonths.MonthRange(first(), last());
		}

		/** The latest covered month not after {@code month}, if any. */
		Optional<YearMonth> latestUpTo(YearMonth month) {
			return Optional.ofNullable(covered.floor(month));
		}

		boolean isEmpty() {
			return covered.isEmpty();
		}

	}

	/** Replaces every coverage row of the indicator. */
	void replace(String indicator, List<Month> months) {
		jdbc.sql("delete from indicator_coverage where indicator_code = ?").param(indicator).update();
		Map<String, Month> unique = new HashMap<>();
		for (Month month : months) {
			// A covered file wins over a filtered one for the same area and month (two forces, say)
			unique.merge(month.area() + month.month(), month, (a, b) -> a.covered() ? a : b);
		}
		List<Object[]> batch = new ArrayList<>();
		unique.values().forEach(month -> batch.add(new Object[] { indicator, month.area(),
				Date.valueOf(month.month().atDay(1)), month.covered(), month.heldTypes() }));
		for (int from = 0; from < batch.size(); from += 1000) {
			template.batchUpdate("insert into indicator_coverage (indicator_code, area_code, month_start, covered, "
					+ "held_types) values (?, ?, ?, ?, ?)", batch.subList(from, Math.min(batch.size(), from + 1000)));
		}
	}

	/** Every month of the indicator's coverage for one borough. */
	AreaCoverage of(String indicator, String borough) {
		Set<YearMonth> covered = new HashSet<>();
		Map<YearMonth, String> other = new TreeMap<>();
		jdbc.sql("select month_start, covered, held_types from indicator_coverage where indicator_code = ? "
				+ "and area_code = ?")
			.params(indicator, borough)
			.query(rs -> {
				YearMonth month = YearMonth.from(IndicatorMonths.toDate(rs.getObject(1)));
				if (rs.getBoolean(2)) {
					covered.add(month);
				}
				else {
					other.put(month, rs.getString(3));
				}
			});
		return new AreaCoverage(covered, other);
	}

	/** The months the indicator has data for in at least one borough. */
	AreaCoverage anywhere(String indicator) {
		Set<YearMonth> covered = new HashSet<>();
		jdbc.sql("select distinct month_start from indicator_coverage where indicator_code = ? and covered = true")
			.param(indicator)
			.query(rs -> {
				covered.add(YearMonth.from(IndicatorMonths.toDate(rs.getObject(1))));
			});
		return new AreaCoverage(covered, Map.of());
	}

	/** The boroughs with every month from {@code from} to {@code to} covered. */
	Set<String> boroughsCoveringAll(String indicator, YearMonth from, YearMonth to) {
		long months = from.until(to, ChronoUnit.MONTHS) + 1;
		return new HashSet<>(jdbc.sql("""
				select area_code from indicator_coverage
				where indicator_code = ? and covered = true and month_start between ? and ?
				group by area_code having count(*) = ?""")
			.params(indicator, from.atDay(1), to.atDay(1), months)
			.query(String.class)
			.list());
	}

	/** Covered months by borough over a range: area → covered months. */
	Map<String, Set<YearMonth>> coveredByBorough(String indicator, YearMonth from, YearMonth to) {
		Map<String, Set<YearMonth>> result = new HashMap<>();
		jdbc.sql("select area_code, month_start from indicator_coverage where indicator_code = ? and covered = true "
				+ "and month_start between ? and ?")
			.params(indicator, from.atDay(1), to.atDay(1))
			.query(rs -> {
				result.computeIfAbsent(rs.getString(1), key -> new HashSet<>())
					.add(YearMonth.from(IndicatorMonths.toDate(rs.getObject(2))));
			});
		return result;
	}


}
