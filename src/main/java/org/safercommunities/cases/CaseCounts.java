package org.safercommunities.cases;

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
 * Cases opened for the dashboard (source {@code CASES}): by the month opened, every case ({@link IndicatorCounts#ALL}),
 * all types and by case type as the breakdown (the annual report's Fig. 2), for the borough and the case's ward.
 * Months are data from the first case's month to the last complete month.
 */
@Component
class CaseCounts implements IndicatorCounts {

	private final JdbcClient jdbc;

	CaseCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return CaseFiles.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/** Cases are only added; a change of type or ward moves a count, caught by the sum of their codes' hashes. */
	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(max(id), 0), coalesce(sum(version), 0) from case_file")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(opened_on), max(opened_on) from case_file").query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql("select extract(year from opened_on), extract(month from opened_on), type_code, ward_code, count(*) "
				+ "from case_file where opened_on >= ? and opened_on < ? "
				+ "group by extract(year from opened_on), extract(month from opened_on), type_code, ward_code")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				String type = rs.getString(3);
				String ward = rs.getString(4);
				long count = rs.getLong(5);
				for (String breakdown : List.of(ALL, type)) {
					IndicatorCounts.boroughAndWard(ALL, ward, breakdown, period, count, counts);
				}
			});
	}

	/** Cases opened on or after {@code from} and before {@code before}, by case type (types with none left out). */
	Map<String, Long> openedByType(LocalDate from, LocalDate before) {
		Map<String, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select type_code, count(*) from case_file where opened_on >= ? and opened_on < ? group by type_code")
			.params(from, before)
			.query((java.sql.ResultSet rs) -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/** The day the first case was opened; none before any case. */
	Optional<LocalDate> firstOpened() {
		return jdbc.sql("select min(opened_on) from case_file").query(LocalDate.class).list().stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
