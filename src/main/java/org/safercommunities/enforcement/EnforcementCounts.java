package org.safercommunities.enforcement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Enforcement for the dashboard (source {@code ENFORCEMENT}): by the month served, each tool's kind is a measure
 * ({@code CPW}, {@code CPN}, ...) and fixed penalty notices are {@code FPN} with the offence code as breakdown, for
 * the borough and each ward (the case's when recorded; a withdrawn tool is not counted). Months are data from the first record's month on.
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
		return jdbc.sql("select (select count(*) from enforcement_action where withdrawn_at is null), "
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
		// Grouped by ward too: the borough's count of a month is the sum over its wards (and cases with none)
		Map<Key, Long> borough = new LinkedHashMap<>();
		jdbc.sql("select extract(year from issued_on), extract(month from issued_on), kind, ward_code, count(*) "
				+ "from enforcement_action where withdrawn_at is null and issued_on >= ? and issued_on < ? "
				+ "group by extract(year from issued_on), extract(month from issued_on), kind, ward_code")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				byWard(rs.getString(3), rs.getString(4), ALL, period, rs.getLong(5), borough, counts);
			});
		jdbc.sql("select extract(year from issued_on), extract(month from issued_on), offence_code, ward_code, count(*) "
				+ "from enforcement_penalty where issued_on >= ? and issued_on < ? "
				+ "group by extract(year from issued_on), extract(month from issued_on), offence_code, ward_code")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				for (String breakdown : List.of(ALL, rs.getString(3))) {
					byWard(PENALTIES, rs.getString(4), breakdown, period, rs.getLong(5), borough, counts);
				}
			});
		borough.forEach((key, count) -> counts.accept(new Count(key.measure(), Level.BOROUGH, null, key.breakdown(),
				key.period(), count)));
	}

	/** A ward's count goes out at once; the borough's is summed over the wards (a case with no ward only there). */
	private static void byWard(String measure, String ward, String breakdown, LocalDate period, long count,
			Map<Key, Long> borough, Consumer<Count> counts) {
		if (ward != null) {
			counts.accept(new Count(measure, Level.WARD, ward, breakdown, period, count));
		}
		borough.merge(new Key(measure, breakdown, period), count, Long::sum);
	}

	private record Key(String measure, String breakdown, LocalDate period) {
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
