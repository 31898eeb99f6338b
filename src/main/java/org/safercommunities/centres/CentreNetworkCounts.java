package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reporting centre network's figures for the dashboard, counted by the centre's ward and for the home
 * borough: contacts recorded in the monthly returns, in the product and outside it (source
 * {@code CENTRE_RETURNS}; a month is data when at least one centre sent a return for it), and hate crime
 * awareness training completed by centre staff (source {@code CENTRE_TRAINING}; every month from the first
 * training record on is data, a month without training being a real zero). Both tables are small, so each refresh
 * counts them whole.
 */
@Configuration(proxyBeanMethods = false)
class CentreNetworkCounts {

	static final String RETURNS = "CENTRE_RETURNS";

	static final String TRAINING = "CENTRE_TRAINING";

	/**
	 * Both sources count by the centre's ward, so a centre's change (its ward moved) is a change of their figures:
	 * the sum of the centres' versions is part of each mark, and the first dashboard page after it recounts.
	 */
	private static final String CENTRES_MARK = "select count(*), coalesce(sum(version), 0) from reporting_centre";

	@Bean
	IndicatorCounts centreReturnCounts(JdbcClient jdbc) {
		return new Source(jdbc, RETURNS, """
				select c.ward_code, r.return_month, sum(r.total) from centre_return r
				join reporting_centre c on c.organisation_id = r.organisation_id
				where r.return_month between ? and ?
				group by c.ward_code, r.return_month""",
				"select count(*), coalesce(sum(version), 0), coalesce(sum(total), 0), coalesce(max(id), 0) from centre_return",
				CENTRES_MARK,
				"select min(return_month), max(return_month) from centre_return");
	}

	@Bean
	IndicatorCounts centreTrainingCounts(JdbcClient jdbc) {
		return new Source(jdbc, TRAINING, """
				select c.ward_code, t.completed_on, count(*) from reporting_centre_training t
				join reporting_centre c on c.organisation_id = t.organisation_id
				where t.completed_on >= ? and t.completed_on < ?
				group by c.ward_code, t.completed_on""",
				"select count(*), coalesce(max(id), 0), 0, 0 from reporting_centre_training",
				CENTRES_MARK,
				"select min(completed_on), max(completed_on) from reporting_centre_training");
	}

	private record Source(JdbcClient jdbc, String source, String countSql, String markSql, String centresMarkSql,
			String rangeSql) implements IndicatorCounts {

		@Override
		public long changeMark() {
			long centres = jdbc.sql(centresMarkSql)
				.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2)))
				.single();
			return jdbc.sql(markSql)
				.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), centres))
				.single();
		}

		@Override
		public Optional<Months> monthsHeld() {
			return jdbc.sql(rangeSql).query((rs, row) -> Months.held(rs)).single();
		}

		@Override
		public void countMonths(Months months, Consumer<Count> counts) {
			LocalDate from = months.first().atDay(1);
			// Returns are keyed by the month's first day; training by its date, so the range ends before the next month.
			LocalDate to = RETURNS.equals(source) ? months.last().atDay(1) : months.last().plusMonths(1).atDay(1);
			jdbc.sql(countSql).params(from, to).query(rs -> {
				String ward = rs.getString(1);
				LocalDate month = rs.getObject(2, LocalDate.class).withDayOfMonth(1);
				IndicatorCounts.boroughAndWard(ALL, ward, ALL, month, rs.getLong(3), counts);
			});
		}

		@Override
		public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
			List<CoveredMonth> covered = new ArrayList<>();
			if (RETURNS.equals(source)) {
				jdbc.sql("select distinct return_month from centre_return").query(rs -> {
					YearMonth month = YearMonth.from(rs.getObject(1, LocalDate.class));
					if (!month.isAfter(lastComplete)) {
						covered.add(new CoveredMonth(null, month, true, null));
					}
				});
			}
			else {
				monthsHeld().ifPresent(held -> {
					for (YearMonth month = held.first(); !month.isAfter(lastComplete); month = month.plusMonths(1)) {
						covered.add(new CoveredMonth(null, month, true, null));
					}
				});
			}
			return covered;
		}

	}

}
