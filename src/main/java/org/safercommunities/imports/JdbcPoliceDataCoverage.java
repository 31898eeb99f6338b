package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Coverage worked out from the rows held: a force's file covers the boroughs where it has the most rows of any
 * force, and holds every crime type when it has at least {@link #ALL_TYPES_AT_LEAST} distinct types (a police.uk
 * file has 14; a file filtered to one type has 1).
 */
@Component
class JdbcPoliceDataCoverage implements PoliceDataCoverage {

	static final int ALL_TYPES_AT_LEAST = 10;

	private final JdbcClient jdbc;

	JdbcPoliceDataCoverage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Key(YearMonth month, String force) {
	}

	@Override
	public List<StreetFile> streetFiles() {
		Map<Key, Set<String>> types = new LinkedHashMap<>();
		Map<Key, Map<String, Long>> rowsByBorough = new LinkedHashMap<>();
		jdbc.sql("""
				select crime_month, force_code, crime_type, borough_code, count(*) from street_crime
				group by crime_month, force_code, crime_type, borough_code order by crime_month, force_code""")
			.query(rs -> {
				Key key = new Key(YearMonth.from(toDate(rs.getObject(1))), rs.getString(2));
				types.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString(3));
				String borough = rs.getString(4);
				if (borough != null) {
					rowsByBorough.computeIfAbsent(key, k -> new TreeMap<>()).merge(borough, rs.getLong(5), Long::sum);
				}
			});
		Map<String, Map<String, Long>> rowsByForceAndBorough = new TreeMap<>();
		rowsByBorough.forEach((key, boroughs) -> boroughs.forEach((borough, rows) -> rowsByForceAndBorough
			.computeIfAbsent(borough, b -> new TreeMap<>())
			.merge(key.force(), rows, Long::sum)));
		Map<String, String> forceOfBorough = new TreeMap<>();
		rowsByForceAndBorough.forEach((borough, forces) -> forces.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.ifPresent(top -> forceOfBorough.put(borough, top.getKey())));
		List<StreetFile> files = new ArrayList<>();
		types.forEach((key, held) -> {
			Set<String> policed = new HashSet<>();
			forceOfBorough.forEach((borough, force) -> {
				if (force.equals(key.force())) {
					policed.add(borough);
				}
			});
			files.add(new StreetFile(key.month(), key.force(), policed, held, held.size() >= ALL_TYPES_AT_LEAST));
		});
		return files;
	}

	@Override
	public List<HateCrimeMonth> hateCrimeMonths() {
		Map<YearMonth, Set<String>> months = new TreeMap<>();
		jdbc.sql("select distinct crime_month, borough_code from hate_crime_count where borough_code is not null")
			.query(rs -> {
				months.computeIfAbsent(YearMonth.from(toDate(rs.getObject(1))), m -> new HashSet<>())
					.add(rs.getString(2));
			});
		List<HateCrimeMonth> result = new ArrayList<>();
		months.forEach((month, boroughs) -> result.add(new HateCrimeMonth(month, boroughs)));
		return result;
	}

	private static LocalDate toDate(Object value) {
		return (value instanceof java.sql.Date date) ? date.toLocalDate() : (LocalDate) value;
	}

}
