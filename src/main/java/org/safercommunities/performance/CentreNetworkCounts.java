package org.safercommunities.performance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Monthly counts from the reporting centre network (centres module tables, read with SQL as its data dictionary
 * documents): contacts recorded in the centres' monthly returns, in the product and outside it (paper, phone),
 * and hate crime awareness training completed by centre staff. Counted by the centre's ward and for the home
 * borough.
 */
@Component
class CentreNetworkCounts {

	private static final String RETURNS = """
			select c.ward_code, r.return_month, sum(r.total) from centre_return r
			join reporting_centre c on c.organisation_id = r.organisation_id
			group by c.ward_code, r.return_month""";

	private static final String TRAINING = """
			select c.ward_code, t.completed_on, count(*) from reporting_centre_training t
			join reporting_centre c on c.organisation_id = t.organisation_id
			group by c.ward_code, t.completed_on""";

	private final JdbcClient jdbc;

	CentreNetworkCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A number that grows with every sent return, correction and training record (rows are only ever added, and
	 * a correction raises the return's version), so an unchanged number means nothing to refresh.
	 */
	long changeMark() {
		return jdbc.sql("""
				select (select count(*) + coalesce(sum(version), 0) from centre_return)
				     + (select coalesce(max(id), 0) from reporting_centre_training)""").query(Long.class).single();
	}

	void count(Indicator indicator, String homeBorough, MonthlyRows rows) {
		String sql = indicator.source() == IndicatorSource.CENTRE_RETURNS ? RETURNS : TRAINING;
		jdbc.sql(sql).query(rs -> {
			String ward = rs.getString(1);
			LocalDate month = rs.getObject(2, LocalDate.class).withDayOfMonth(1);
			long count = rs.getLong(3);
			rows.add(indicator.code(), AreaType.BOROUGH, Indicator.ALL_STRANDS, homeBorough, month, count);
			if (ward != null) {
				rows.add(indicator.code(), AreaType.WARD, Indicator.ALL_STRANDS, ward, month, count);
			}
		});
	}

	/**
	 * The months the network's figures are data for, in the home borough: for returns, the months at least one
	 * centre sent a return for; for training, every month from the first training record to the last complete
	 * month (a month with no training is a real zero).
	 */
	List<IndicatorCoverage.Month> coverage(Indicator indicator, String homeBorough, java.time.YearMonth lastComplete) {
		List<IndicatorCoverage.Month> months = new java.util.ArrayList<>();
		if (indicator.source() == IndicatorSource.CENTRE_RETURNS) {
			jdbc.sql("select distinct return_month from centre_return")
				.query(rs -> {
					java.time.YearMonth month = java.time.YearMonth.from(IndicatorMonths.toDate(rs.getObject(1)));
					if (!month.isAfter(lastComplete)) {
						months.add(new IndicatorCoverage.Month(homeBorough, month, true, null));
					}
				});
			return months;
		}
		Object first = jdbc.sql("select min(completed_on) from reporting_centre_training")
			.query((rs, row) -> rs.getObject(1))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		if (first != null) {
			for (java.time.YearMonth month = java.time.YearMonth.from(IndicatorMonths.toDate(first)); !month
				.isAfter(lastComplete); month = month.plusMonths(1)) {
				months.add(new IndicatorCoverage.Month(homeBorough, month, true, null));
			}
		}
		return months;
	}

	static List<IndicatorSource> sources() {
		return List.of(IndicatorSource.CENTRE_RETURNS, IndicatorSource.CENTRE_TRAINING);
	}

}
