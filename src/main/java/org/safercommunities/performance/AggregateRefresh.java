package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.safercommunities.imports.ImportCompleted;
import org.safercommunities.imports.ImportKind;
import org.safercommunities.imports.PoliceDataCoverage;

/**
 * Keeps the aggregate tables up to date, one source at a time: police street crime and hate crime counts after
 * each import (for the months it loaded), the product's own reports when new ones have arrived, and every source
 * at start-up if it was never refreshed. Each refresh replaces a range of months in one transaction, with one
 * grouped query over the raw rows of those months, so pages never scan raw rows.
 */
@Component
class AggregateRefresh {

	private static final Logger log = LoggerFactory.getLogger(AggregateRefresh.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final Indicators indicators;

	private final OwnReportCounts ownReports;

	private final PerformanceSettings settings;

	private final CentreNetworkCounts centreNetwork;

	private final IndicatorCoverage coverage;

	private final PoliceDataCoverage policeCoverage;

	private final FigureCache cache;

	/** The last complete month the own-report coverage was written up to (it moves on with the calendar). */
	private volatile YearMonth ownCoverageThrough;

	AggregateRefresh(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
			Indicators indicators, OwnReportCounts ownReports, PerformanceSettings settings,
			CentreNetworkCounts centreNetwork, IndicatorCoverage coverage, PoliceDataCoverage policeCoverage,
			FigureCache cache) {
		this.cache = cache;
		this.centreNetwork = centreNetwork;
		this.coverage = coverage;
		this.policeCoverage = policeCoverage;
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
		this.indicators = indicators;
		this.ownReports = ownReports;
		this.settings = settings;
	}

	@EventListener
	void onImport(ImportCompleted completed) {
		if (completed.months().isEmpty()) {
			return;
		}
		YearMonth from = completed.months().get(0);
		YearMonth to = completed.months().get(completed.months().size() - 1);
		try {
			if (completed.kind() == ImportKind.POLICE_UK_STREET) {
				refreshStreetCrime(from, to);
			}
			else {
				refreshHateCrime(from, to);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Dashboard figures not refreshed after import {}", completed.importId(), ex);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshNeverRefreshedSources() {
		try {
			if (neverRefreshed(IndicatorSource.POLICE_STREET)) {
				monthRange("street_crime").ifPresentOrElse(range -> refreshStreetCrime(range[0], range[1]),
						() -> markRefreshed(IndicatorSource.POLICE_STREET, null));
			}
			if (neverRefreshed(IndicatorSource.POLICE_HATE)) {
				monthRange("hate_crime_count").ifPresentOrElse(range -> refreshHateCrime(range[0], range[1]),
						() -> markRefreshed(IndicatorSource.POLICE_HATE, null));
			}
			writeMissingCoverage();
			refreshOwnReportsIfChanged();
		}
		catch (RuntimeException ex) {
			log.warn("Dashboard figures not refreshed at start-up", ex);
		}
	}

	/** Street-level crime and ASB, by crime type, borough and ward, for the months given. */
	synchronized void refreshStreetCrime(YearMonth from, YearMonth to) {
		List<Indicator> street = indicators.from(IndicatorSource.POLICE_STREET);
		changeData(status -> {
			delete(street, from, to);
			MonthlyRows rows = new MonthlyRows();
			for (AreaType type : AreaType.values()) {
				String column = (type == AreaType.BOROUGH) ? "borough_code" : "ward_code";
				jdbc.sql("select crime_type, " + column + ", crime_month, count(*) from street_crime "
						+ "where crime_month between ? and ? and " + column + " is not null "
						+ "group by crime_type, " + column + ", crime_month")
					.params(IndicatorMonths.first(from), IndicatorMonths.first(to))
					.query(rs -> {
						String crimeType = rs.getString(1);
						for (Indicator indicator : street) {
							if (counts(indicator, crimeType)) {
								rows.add(indicator.code(), type, Indicator.ALL_STRANDS, rs.getString(2),
										rs.getObject(3, LocalDate.class), rs.getLong(4));
							}
						}
					});
			}
			rows.insert(template);
			writeStreetCoverage(street);
			markRefreshed(IndicatorSource.POLICE_STREET, null);
		});
	}

	private static boolean counts(Indicator indicator, String crimeType) {
		return (indicator.sourceFilter() == null) ? !OwnReportCounts.ASB.equals(crimeType)
				: indicator.sourceFilter().equals(crimeType);
	}

	/** Police recorded hate crime by borough and strand, with the total of the strands that add up. */
	synchronized void refreshHateCrime(YearMonth from, YearMonth to) {
		List<Indicator> hate = indicators.from(IndicatorSource.POLICE_HATE);
		changeData(status -> {
			delete(hate, from, to);
			MonthlyRows rows = new MonthlyRows();
			jdbc.sql("""
					select borough_code, strand, crime_month, sum(offences) from hate_crime_count
					where borough_code is not null and crime_month between ? and ?
					group by borough_code, strand, crime_month""")
				.params(IndicatorMonths.first(from), IndicatorMonths.first(to))
				.query(rs -> {
					for (Indicator indicator : hate) {
						String strand = rs.getString(2);
						rows.add(indicator.code(), AreaType.BOROUGH, strand, rs.getString(1),
								rs.getObject(3, LocalDate.class), rs.getLong(4));
						if (settings.hateCrimeTotalStrands().contains(strand)) {
							rows.add(indicator.code(), AreaType.BOROUGH, Indicator.ALL_STRANDS, rs.getString(1),
									rs.getObject(3, LocalDate.class), rs.getLong(4));
						}
					}
				});
			rows.insert(template);
			writeHateCrimeCoverage(hate);
			markRefreshed(IndicatorSource.POLICE_HATE, null);
		});
	}

	/**
	 * The product's own reports, if any arrived since the last refresh (the highest report id seen is kept):
	 * the months from the earliest new report to now. Cheap when nothing changed (one look-up of the highest id).
	 */
	synchronized void refreshOwnReportsIfChanged() {
		refreshCentreNetworkIfChanged();
		long latest = ownReports.highestId();
		Long seen = watermark(IndicatorSource.OWN_REPORTS);
		YearMonth lastComplete = YearMonth.from(ownReports.today()).minusMonths(1);
		if (seen != null && seen == latest) {
			if (!lastComplete.equals(ownCoverageThrough)) {
				changeData(status -> writeOwnReportCoverage(lastComplete));
			}
			return;
		}
		Optional<LocalDate> since = ownReports.firstDaySince(seen == null ? 0 : seen);
		List<Indicator> own = new ArrayList<>(indicators.from(IndicatorSource.OWN_REPORTS));
		own.addAll(indicators.from(IndicatorSource.OWN_CENTRE_REPORTS));
		changeData(status -> {
			if (since.isPresent()) {
				YearMonth from = YearMonth.from(since.get());
				YearMonth to = YearMonth.from(ownReports.today());
				delete(own, from, to);
				MonthlyRows rows = new MonthlyRows();
				for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
					ownReports.countMonth(month, own, settings.homeBorough(), rows);
				}
				rows.insert(template);
				ownReports.refreshWeeks(own, since.get(), settings.homeBorough(), template);
			}
			writeOwnReportCoverage(lastComplete);
			markRefreshed(IndicatorSource.OWN_REPORTS, latest);
		});
	}

	/**
	 * Centre returns and training (small tables): recounted whole when anything was added or corrected since the
	 * last refresh, so a corrected return replaces its month's figure.
	 */
	synchronized void refreshCentreNetworkIfChanged() {
		long mark = centreNetwork.changeMark();
		Long seen = watermark(IndicatorSource.CENTRE_RETURNS);
		if (seen != null && seen == mark) {
			return;
		}
		List<Indicator> network = new ArrayList<>();
		CentreNetworkCounts.sources().forEach(source -> network.addAll(indicators.from(source)));
		changeData(status -> {
			MonthlyRows rows = new MonthlyRows();
			for (Indicator indicator : network) {
				jdbc.sql("delete from indicator_month where indicator_code = ?").param(indicator.code()).update();
				centreNetwork.count(indicator, settings.homeBorough(), rows);
			}
			rows.insert(template);
			for (Indicator indicator : network) {
				coverage.replace(indicator.code(), centreNetwork.coverage(indicator, settings.homeBorough(),
						YearMonth.from(ownReports.today()).minusMonths(1)));
			}
			markRefreshed(IndicatorSource.CENTRE_RETURNS, mark);
		});
	}

	/**
	 * Street-level coverage from the files held: a force's file for a month covers the boroughs it polices, for
	 * the indicators whose crime types it holds; a file filtered to other types is recorded as held but not
	 * covered, with what it holds.
	 */
	private void writeStreetCoverage(List<Indicator> street) {
		List<PoliceDataCoverage.StreetFile> files = policeCoverage.streetFiles();
		for (Indicator indicator : street) {
			List<IndicatorCoverage.Month> months = new ArrayList<>();
			for (PoliceDataCoverage.StreetFile file : files) {
				boolean holds = file.holds(indicator.sourceFilter());
				String held = holds ? null : String.join(", ", new java.util.TreeSet<>(file.crimeTypes()));
				for (String borough : file.boroughs()) {
					months.add(new IndicatorCoverage.Month(borough, file.month(), holds,
							held == null ? null : abbreviate(held)));
				}
			}
			coverage.replace(indicator.code(), months);
		}
	}

	/** Coverage for aggregates made before coverage was recorded (a database upgraded in place). */
	private void writeMissingCoverage() {
		List<Indicator> street = indicators.from(IndicatorSource.POLICE_STREET);
		List<Indicator> hate = indicators.from(IndicatorSource.POLICE_HATE);
		changeData(status -> {
			if (!street.isEmpty() && !hasCoverage(street.get(0))) {
				writeStreetCoverage(street);
			}
			if (!hate.isEmpty() && !hasCoverage(hate.get(0))) {
				writeHateCrimeCoverage(hate);
			}
		});
	}

	private boolean hasCoverage(Indicator indicator) {
		return jdbc.sql("select count(*) from indicator_coverage where indicator_code = ?")
			.param(indicator.code())
			.query(Integer.class)
			.single() > 0;
	}

	private static String abbreviate(String text) {
		return text.length() <= 400 ? text : text.substring(0, 397) + "...";
	}

	private void writeHateCrimeCoverage(List<Indicator> hate) {
		List<IndicatorCoverage.Month> months = new ArrayList<>();
		for (PoliceDataCoverage.HateCrimeMonth month : policeCoverage.hateCrimeMonths()) {
			month.boroughs().forEach(borough -> months.add(new IndicatorCoverage.Month(borough, month.month(), true, null)));
		}
		hate.forEach(indicator -> coverage.replace(indicator.code(), months));
	}

	/**
	 * The product's own reports cover the home borough from the month it started collecting (configured, or the
	 * month of the first report) to the last complete month: a month in progress is not yet data.
	 */
	private void writeOwnReportCoverage(YearMonth lastComplete) {
		Optional<YearMonth> since = settings.collectingSince() != null ? Optional.of(settings.collectingSince())
				: ownReports.firstDaySince(0).map(YearMonth::from);
		List<IndicatorCoverage.Month> months = new ArrayList<>();
		since.ifPresent(first -> {
			for (YearMonth month = first; !month.isAfter(lastComplete); month = month.plusMonths(1)) {
				months.add(new IndicatorCoverage.Month(settings.homeBorough(), month, true, null));
			}
		});
		for (IndicatorSource source : List.of(IndicatorSource.OWN_REPORTS, IndicatorSource.OWN_CENTRE_REPORTS)) {
			indicators.from(source).forEach(indicator -> coverage.replace(indicator.code(), months));
		}
		ownCoverageThrough = lastComplete;
	}

	/** Writes aggregates in one transaction; once committed, what the pages worked out before is stale. */
	private void changeData(java.util.function.Consumer<org.springframework.transaction.TransactionStatus> work) {
		try {
			transaction.executeWithoutResult(work);
		}
		finally {
			cache.dataChanged();
		}
	}

	private Long watermark(IndicatorSource source) {
		return jdbc.sql("select watermark from indicator_refresh where source = ?")
			.param(source.name())
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	/** As {@link #refreshOwnReportsIfChanged()}, for pages: a failure (another instance refreshing) is logged, not thrown. */
	void refreshOwnReportsQuietly() {
		try {
			refreshOwnReportsIfChanged();
		}
		catch (RuntimeException ex) {
			log.warn("Own-report figures not refreshed; the page shows the last refresh", ex);
		}
	}

	private void delete(List<Indicator> affected, YearMonth from, YearMonth to) {
		for (Indicator indicator : affected) {
			jdbc.sql("delete from indicator_month where indicator_code = ? and month_start between ? and ?")
				.params(indicator.code(), IndicatorMonths.first(from), IndicatorMonths.first(to))
				.update();
		}
	}

	private boolean neverRefreshed(IndicatorSource source) {
		return jdbc.sql("select count(*) from indicator_refresh where source = ?")
			.param(source.name())
			.query(Integer.class)
			.single() == 0;
	}

	private Optional<YearMonth[]> monthRange(String table) {
		Map<String, Object> row = jdbc.sql("select min(crime_month) first_month, max(crime_month) last_month from "
				+ table).query().singleRow();
		Object first = row.get("first_month");
		if (first == null) {
			return Optional.empty();
		}
		return Optional.of(new YearMonth[] { YearMonth.from(IndicatorMonths.toDate(first)),
				YearMonth.from(IndicatorMonths.toDate(row.get("last_month"))) });
	}

	private void markRefreshed(IndicatorSource source, Long watermark) {
		int updated = jdbc.sql("update indicator_refresh set refreshed_at = ?, watermark = ? where source = ?")
			.params(java.time.OffsetDateTime.now(), watermark, source.name())
			.update();
		if (updated == 0) {
			jdbc.sql("insert into indicator_refresh (source, refreshed_at, watermark) values (?, ?, ?)")
				.params(source.name(), java.time.OffsetDateTime.now(), watermark)
				.update();
		}
	}

}
