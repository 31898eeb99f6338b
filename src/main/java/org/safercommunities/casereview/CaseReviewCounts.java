package org.safercommunities.casereview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case Review applications for the dashboard (source {@code CASE_REVIEWS}), by the month received, for the borough:
 * every application ({@link IndicatorCounts#ALL}) and the measures {@code ACCEPTED}, {@code NOT_ACCEPTED},
 * {@code REVIEWED} and {@code APPEALED}.
 */
@Component
class CaseReviewCounts implements IndicatorCounts {

	static final String SOURCE = "CASE_REVIEWS";

	private final JdbcClient jdbc;

	CaseReviewCounts(JdbcClient jdbc) {
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

	@Override
	public long changeMark() {
		return jdbc.sql("""
				select count(*), coalesce(max(id), 0),
				  coalesce(sum(case when accepted is null then 0 when accepted then 1 else 2 end), 0),
				  count(review_held_on), count(appeal_received_on) from casereview_application""")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(received_on), max(received_on) from casereview_application")
			.query((rs, row) -> Months.held(rs))
			.single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		jdbc.sql("""
				select extract(year from received_on), extract(month from received_on), count(*),
				  coalesce(sum(case when accepted then 1 else 0 end), 0),
				  coalesce(sum(case when accepted = false then 1 else 0 end), 0),
				  count(review_held_on), count(appeal_received_on)
				from casereview_application where received_on >= ? and received_on < ?
				group by extract(year from received_on), extract(month from received_on)""")
			.params(months.first().atDay(1), months.last().plusMonths(1).atDay(1))
			.query((java.sql.ResultSet rs) -> {
				LocalDate period = LocalDate.of(rs.getInt(1), rs.getInt(2), 1);
				String[] measures = { ALL, "ACCEPTED", "NOT_ACCEPTED", "REVIEWED", "APPEALED" };
				for (int i = 0; i < measures.length; i++) {
					counts.accept(new Count(measures[i], Level.BOROUGH, null, ALL, period, rs.getLong(i + 3)));
				}
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
