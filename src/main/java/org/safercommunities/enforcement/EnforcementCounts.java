package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enforcement for the dashboard (source {@code ENFORCEMENT}): by the month served, each tool's kind is a measure
 * ({@code CPW}, {@code CPN}, ...) and fixed penalty notices are {@code FPN} with the offence code as breakdown, for
 * the borough. Months are data from the first record's month on.
 */
@Component
class EnforcementCounts implements IndicatorCounts {

	static final String PENALTIES = "FPN";

	private final JdbcClient jdbc;

	EnforcementCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return EnforcementRegister.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	@Override
	public long changeMark() {
		return jdbc.sql("select (select count(*) from enforcement_action), "
				+ "(select coalesce(max(id), 0) from enforcement_action), (select count(*) from enforcement_penalty), "
				+ "(select coalesce(max(id), 0) from enforcement_penalty)")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(d), max(d) from (select issued_on d from enforcement_action union all "
				+ "select issued_on d from enforcement_penalty) held")
			.query((rs, row) -> Months.held(rs))
			.single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql("select extract(year from issued_on), extract(month from issued_on), kind, count(*) "
				+ "from enforcement_action where issued_on >= ? and issued_on < ? "
				+ "group by extract(year from issued_on), extract(month from issued_on), kind")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				IndicatorCounts.boroughAndWard(rs.getString(3), null, ALL, period, rs.getLong(4), counts);
			});
		jdbc.sql("select extract(year from issued_on), extract(month from issued_on), offence_code, count(*) "
				+ "from enforcement_penalty where issued_on >= ? and issued_on < ? "
				+ "group by extract(year from issued_on), extract(month from issued_on), offence_code")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				for (String breakdown : List.of(ALL, rs.getString(3))) {
					IndicatorCounts.boroughAndWard(PENALTIES, null, breakdown, period, rs.getLong(4), counts);
				}
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
