package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Police recorded hate crime for the dashboard (source {@code POLICE_HATE}): offences by borough and strand, and
 * as the total ({@link IndicatorCounts#ALL}) the strands that add up ({@code safer.imports.hate-crime-total-strands};
 * the others are parts of them). A month is covered for the boroughs it has rows for.
 */
@Component
class HateCrimeCounts implements IndicatorCounts {

	static final String SOURCE = "POLICE_HATE";

	private final JdbcClient jdbc;

	private final PoliceDataCoverage coverage;

	private final ImportSettings settings;

	HateCrimeCounts(JdbcClient jdbc, PoliceDataCoverage coverage, ImportSettings settings) {
		this.jdbc = jdbc;
		this.coverage = coverage;
		this.settings = settings;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public String attributionKey() {
		return "performance.attribution.mps";
	}

	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(sum(offences), 0), coalesce(max(import_id), 0) from hate_crime_count")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(crime_month), max(crime_month) from hate_crime_count").query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		jdbc.sql("""
				select borough_code, strand, crime_month, sum(offences) from hate_crime_count
				where borough_code is not null and crime_month between ? and ?
				group by borough_code, strand, crime_month""")
			.params(months.first().atDay(1), months.last().atDay(1))
			.query(rs -> {
				String borough = rs.getString(1);
				String strand = rs.getString(2);
				LocalDate month = rs.getObject(3, LocalDate.class);
				long offences = rs.getLong(4);
				counts.accept(new Count(ALL, Level.BOROUGH, borough, strand, month, offences));
				if (settings.hateCrimeTotalStrands().contains(strand)) {
					counts.accept(new Count(ALL, Level.BOROUGH, borough, ALL, month, offences));
				}
			});
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		List<CoveredMonth> months = new ArrayList<>();
		for (PoliceDataCoverage.HateCrimeMonth month : coverage.hateCrimeMonths()) {
			month.boroughs().forEach(borough -> months.add(new CoveredMonth(borough, month.month(), true, null)));
		}
		return months;
	}

}
