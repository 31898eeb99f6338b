package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Victims' Code for the dashboard (source {@code VICTIMS_CODE}), by the month a case with a victim was opened:
 * the cases with a victim ({@link IndicatorCounts#ALL}), and of those the ones whose victim was told of their rights
 * ({@link #INFORMED}) and was offered Restorative Justice ({@link #RJ_OFFERED}), at any time so far. The
 * percentages "informed of rights" and "offered RJ" are {@code INFORMED / ALL} and {@code RJ_OFFERED / ALL}, the
 * dashboard's percentage indicators {@code victims-informed} and {@code restorative-justice}.
 * For the borough and the case's ward. Months are data from the first case's month to the last complete month.
 */
@Component
class VictimsCodeCounts implements IndicatorCounts {

	static final String SOURCE = "VICTIMS_CODE";

	static final String INFORMED = "INFORMED";

	static final String RJ_OFFERED = "RJ_OFFERED";

	/** Cases with at least one victim among their parties. */
	private static final String WITH_VICTIM = "(f.had_victim = true or exists (select 1 from case_party p where p.case_id = f.id and p.role = 'VICTIM'))";

	private final JdbcClient jdbc;

	VictimsCodeCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/** New cases, new parties and every change of a checklist (its version) move the mark. */
	@Override
	public long changeMark() {
		long cases = jdbc.sql("select count(*), coalesce(max(id), 0) from case_file")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		long parties = jdbc.sql("select count(*), coalesce(max(id), 0) from case_party")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		long checklists = jdbc.sql("select count(*), coalesce(sum(version), 0) from case_victims_code")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
		return IndicatorCounts.mark(cases, parties, checklists);
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(opened_on), max(opened_on) from case_file").query((rs, row) -> Months.held(rs))
			.single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1);
		jdbc.sql("select extract(year from f.opened_on), extract(month from f.opened_on), f.ward_code, count(*), "
				+ "count(v.informed_on), count(v.rj_offered_on) "
				+ "from case_file f left join case_victims_code v on v.case_id = f.id "
				+ "where f.opened_on >= ? and f.opened_on < ? and " + WITH_VICTIM + " "
				+ "group by extract(year from f.opened_on), extract(month from f.opened_on), f.ward_code")
			.params(from, to)
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				String ward = rs.getString(3);
				IndicatorCounts.boroughAndWard(ALL, ward, ALL, period, rs.getLong(4), counts);
				IndicatorCounts.boroughAndWard(INFORMED, ward, ALL, period, rs.getLong(5), counts);
				IndicatorCounts.boroughAndWard(RJ_OFFERED, ward, ALL, period, rs.getLong(6), counts);
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
