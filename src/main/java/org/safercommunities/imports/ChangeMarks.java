package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Small helpers of the imports' {@link IndicatorCounts} sources. */
final class ChangeMarks {

	private ChangeMarks() {
	}

	/** The first and last crime_month of a table, if it has rows. */
	static Optional<IndicatorCounts.Months> monthsHeld(JdbcClient jdbc, String table) {
		Map<String, Object> row = jdbc.sql("select min(crime_month) first_month, max(crime_month) last_month from " + table)
			.query()
			.singleRow();
		Object first = row.get("first_month");
		if (first == null) {
			return Optional.empty();
		}
		return Optional.of(new IndicatorCounts.Months(month(first), month(row.get("last_month"))));
	}

	private static YearMonth month(Object value) {
		return YearMonth.from(value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value);
	}

}
