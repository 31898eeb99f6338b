package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.ImportsForTests;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard tests' data: the demo's bundled open data, imported, and the aggregates read back. */
final class DashboardSamples {

	static final String BARNET = "E09000003";

	private DashboardSamples() {
	}

	/** MPS hate crime counts for every London borough 2010-2021, and Metropolitan Police burglary in January 2024. */
	static void importOpenData(ApplicationContext context) {
		ImportsForTests.importNow(context, ImportKind.HATE_CRIME_COUNTS, "/demo/mps/hate_crime_borough_monthly.csv");
		ImportsForTests.importNow(context, ImportKind.POLICE_UK_STREET, "/demo/police-uk/2024-01-metropolitan-street.csv.gz");
	}

	/** indicator_month rows of one indicator, area type and strand, keyed "area/YYYY-MM". */
	static Map<String, Long> aggregate(JdbcClient jdbc, String indicator, String type, String strand) {
		Map<String, Long> rows = new HashMap<>();
		jdbc.sql("select area_code, month_start, event_count from indicator_month where indicator_code = ? "
				+ "and area_type = ? and strand = ?")
			.params(indicator, type, strand)
			.query(rs -> {
				rows.put(key(rs.getString(1), YearMonth.from(rs.getObject(2, LocalDate.class))), rs.getLong(3));
			});
		return rows;
	}

	static String key(String area, YearMonth month) {
		return area + "/" + month;
	}

}
