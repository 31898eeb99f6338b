package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.UkTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * High-risk cases for the dashboard (source {@code CASE_RISK}): by month (London time), the cases assessed high
 * risk that month ({@link IndicatorCounts#ALL}; a case assessed high twice in a month counts once), for the
 * borough and the case's ward. Months are data from the first assessment's month to the last complete month.
 */
@Component
class CaseRiskCounts implements IndicatorCounts {

	private final JdbcClient jdbc;

	CaseRiskCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return CaseRisk.SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	/** Assessments are only ever added. */
	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(max(id), 0) from case_risk_assessment")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(assessed_at), max(assessed_at) from case_risk_assessment")
			.query((rs, row) -> rs.getObject(1) == null ? null
					: new Months(month(rs.getObject(1, OffsetDateTime.class)), month(rs.getObject(2, OffsetDateTime.class))))
			.optional();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		for (YearMonth month = months.first(); !month.isAfter(months.last()); month = month.plusMonths(1)) {
			LocalDate period = month.atDay(1);
			jdbc.sql("select f.ward_code, count(distinct a.case_id) from case_risk_assessment a "
					+ "join case_file f on f.id = a.case_id "
					+ "where a.risk_level = 'HIGH' and a.assessed_at >= ? and a.assessed_at < ? group by f.ward_code")
				.params(utc(period), utc(period.plusMonths(1)))
				.query((java.sql.ResultSet rs) -> {
					IndicatorCounts.boroughAndWard(ALL, rs.getString(1), ALL, period, rs.getLong(2), counts);
				});
		}
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

	private static OffsetDateTime utc(LocalDate day) {
		return day.atStartOfDay(UkTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static YearMonth month(OffsetDateTime time) {
		return YearMonth.from(time.atZoneSameInstant(UkTime.ZONE));
	}

}
