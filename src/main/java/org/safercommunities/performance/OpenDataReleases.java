package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open data as releases: each complete month is published once, after a lag (by default on the 15th of the next
 * month), as a frozen, dated set of tables; earlier releases are kept and downloadable. The month in progress is
 * never published, and two downloads of one release are byte for byte the same, so counts cannot be differenced
 * minute by minute. Each table is stored as the CSV published; pages show the same CSV.
 */
@Component
class OpenDataReleases {

	private static final Logger log = LoggerFactory.getLogger(OpenDataReleases.class);

	private final OpenData openData;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final PerformanceSettings settings;

	private final Clock clock;

	OpenDataReleases(OpenData openData, JdbcClient jdbc, PlatformTransactionManager transactions,
			PerformanceSettings settings, Optional<Clock> clock) {
		this.openData = openData;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.settings = settings;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A release: the month its data runs to and the day it was published. */
	record Release(YearMonth month, LocalDate publishedOn) {

		public String monthLabel() {
			return UkDates.month(month);
		}

		public String publishedLabel() {
			return UkDates.day(publishedOn);
		}

	}

	/** One published table, read back from the CSV as published. */
	record Table(String indicatorCode, YearMonth periodEnd, List<String> header, List<List<String>> rows, String csv) {

		public List<String> monthColumns() {
			return header.subList(2, header.size() - 1);
		}

		public String periodLabel() {
			return UkDates.month(periodEnd);
		}

	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(org.safercommunities.shared.UkTime.ZONE));
	}

	/** The latest month whose release is due today: last month once the lag has passed, else the month before. */
	YearMonth dueMonth() {
		LocalDate today = today();
		YearMonth lastMonth = YearMonth.from(today).minusMonths(1);
		return (today.getDayOfMonth() > settings.openDataLag()) ? lastMonth : lastMonth.minusMonths(1);
	}

	/** The day a month's release is due. */
	LocalDate dueOn(YearMonth month) {
		return month.plusMonths(1).atDay(1).plusDays(settings.openDataLag());
	}

	/**
	 * For the public page: publishes the due release first if the daily job has not yet (a new installation, or
	 * the first day after the lag). Not at start-up: imports queued at start-up would miss the release.
	 */
	void publishDueQuietly() {
		try {
			publishDue();
		}
		catch (RuntimeException ex) {
			log.warn("Open data release not published; the daily job will try again", ex);
		}
	}

	/** Publishes the due month's release if it is not out yet (and only that one: earlier months are not back-filled). */
	Optional<Release> publishDue() {
		YearMonth month = dueMonth();
		if (find(month).isPresent()) {
			return Optional.empty();
		}
		List<OpenData.Dataset> datasets = openData.datasetsUpTo(month);
		if (datasets.isEmpty()) {
			return Optional.empty();
		}
		try {
			return transaction.execute(status -> {
				LocalDate today = today();
				jdbc.sql("insert into open_data_release (release_month, published_on) values (?, ?)")
					.params(month.atDay(1), today)
					.update();
				for (OpenData.Dataset dataset : datasets) {
					jdbc.sql("insert into open_data_table (release_month, indicator_code, period_end, area_type, csv_text) "
							+ "values (?, ?, ?, ?, ?)")
						.params(month.atDay(1), dataset.indicator().code(), dataset.periodEnd().atDay(1),
								dataset.areaType().name(), csv(dataset))
						.update();
				}
				log.info("Open data release for {} published with {} tables", month, datasets.size());
				return Optional.of(new Release(month, today));
			});
		}
		catch (DuplicateKeyException ex) {
			// Another instance published it first
			return Optional.empty();
		}
	}

	Optional<Release> latest() {
		return jdbc.sql("select release_month, published_on from open_data_release order by release_month desc")
			.query(OpenDataReleases::release)
			.list()
			.stream()
			.findFirst();
	}

	Optional<Release> find(YearMonth month) {
		return jdbc.sql("select release_month, published_on from open_data_release where release_month = ?")
			.param(month.atDay(1))
			.query(OpenDataReleases::release)
			.optional();
	}

	List<Release> all() {
		return jdbc.sql("select release_month, published_on from open_data_release order by release_month desc")
			.query(OpenDataReleases::release)
			.list();
	}

	List<Table> tables(Release release, Indicators indicators) {
		List<Table> tables = new ArrayList<>();
		List<String> order = indicators.all().stream().map(Indicator::code).toList();
		jdbc.sql("select indicator_code, period_end, csv_text from open_data_table where release_month = ?")
			.param(release.month().atDay(1))
			.query(rs -> {
				tables.add(table(rs.getString(1), YearMonth.from(IndicatorMonths.toDate(rs.getObject(2))), rs.getString(3)));
			});
		tables.sort(java.util.Comparator.comparingInt(table -> order.indexOf(table.indicatorCode())));
		return tables;
	}

	Optional<Table> table(Release release, String code) {
		return jdbc.sql("select period_end, csv_text from open_data_table where release_month = ? and indicator_code = ?")
			.params(release.month().atDay(1), code)
			.query((rs, row) -> table(code, YearMonth.from(IndicatorMonths.toDate(rs.getObject(1))), rs.getString(2)))
			.optional();
	}

	private static Table table(String code, YearMonth periodEnd, String csv) {
		List<List<String>> records = new ArrayList<>();
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
			reader.forEach(record -> records.add(record.getFields()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Table(code, periodEnd, records.get(0), records.subList(1, records.size()), csv);
	}

	private static String csv(OpenData.Dataset dataset) {
		StringWriter out = new StringWriter();
		try {
			OpenData.csv(dataset, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private static Release release(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Release(YearMonth.from(IndicatorMonths.toDate(rs.getObject(1))),
				IndicatorMonths.toDate(rs.getObject(2)));
	}

}
