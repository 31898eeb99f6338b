package org.safercommunities.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * police.uk street-level crime and ASB for the dashboard (source {@code POLICE_STREET}): counts by crime type
 * (the measure an indicator's source filter names) and, as {@link IndicatorCounts#ALL}, every crime but
 * anti-social behaviour, by borough and ward. A force's file covers the boroughs it polices, for the measures
 * whose crime types it holds ({@link PoliceDataCoverage}).
 */
@Component
class StreetCrimeCounts implements IndicatorCounts {

	static final String SOURCE = "POLICE_STREET";

	static final String ASB = "Anti-social behaviour";

	/** Coverage texts longer than this are cut, to fit the column they are kept in. */
	private static final int HELD_TEXT_LIMIT = 400;

	private final JdbcClient jdbc;

	private final PoliceDataCoverage coverage;

	StreetCrimeCounts(JdbcClient jdbc, PoliceDataCoverage coverage) {
		this.jdbc = jdbc;
		this.coverage = coverage;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public String attributionKey() {
		return "performance.attribution.police-uk";
	}

	/** Coverage is rewritten with every change to street_crime, so its rows change whenever the data does. */
	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(sum(row_count), 0), coalesce(max(import_id), 0) from street_crime_coverage")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(crime_month), max(crime_month) from street_crime").query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	public void countMonths(Months months, Consumer<Count> counts) {
		for (Level level : Level.values()) {
			String column = (level == Level.BOROUGH) ? "borough_code" : "ward_code";
			jdbc.sql("select crime_type, " + column + ", crime_month, count(*) from street_crime "
					+ "where crime_month between ? and ? and " + column + " is not null "
					+ "group by crime_type, " + column + ", crime_month")
				.params(months.first().atDay(1), months.last().atDay(1))
				.query(rs -> {
					String crimeType = rs.getString(1);
					LocalDate month = rs.getObject(3, LocalDate.class);
					long count = rs.getLong(4);
					counts.accept(new Count(crimeType, level, rs.getString(2), ALL, month, count));
					if (!ASB.equals(crimeType)) {
						counts.accept(new Count(ALL, level, rs.getString(2), ALL, month, count));
					}
				});
		}
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		String crimeType = ALL.equals(measure) ? null : measure;
		List<CoveredMonth> months = new ArrayList<>();
		for (PoliceDataCoverage.StreetFile file : coverage.streetFiles()) {
			boolean holds = file.holds(crimeType);
			String held = holds ? null : abbreviate(String.join(", ", new TreeSet<>(file.crimeTypes())));
			file.boroughs().forEach(borough -> months.add(new CoveredMonth(borough, file.month(), holds, held)));
		}
		return months;
	}

	private static String abbreviate(String text) {
		return text.length() <= HELD_TEXT_LIMIT ? text : text.substring(0, HELD_TEXT_LIMIT - 3) + "...";
	}

}
