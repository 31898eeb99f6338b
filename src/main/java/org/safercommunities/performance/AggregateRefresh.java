package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DayOfWeek;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.safercommunities.imports.ImportCompleted;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the aggregate tables up to date from the sources modules provide ({@link IndicatorCounts}), one source
 * at a time: the months a change names, when a module says its counts changed ({@link IndicatorCountsListener});
 * the months of an import, as it finishes; and every
 * source whose change mark moved since its last refresh, at start-up and before a page reads figures. A refresh
 * replaces its months' aggregates and coverage in one transaction, so pages never scan raw rows or see half a
 * refresh.
 */
@Component
class AggregateRefresh {

	private static final Logger log = LoggerFactory.getLogger(AggregateRefresh.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transaction;

	private final Indicators indicators;

	private final PerformanceSettings settings;

	private final IndicatorCoverage coverage;

	private final FigureCache cache;

	private final DashboardClock clock;

	/** The last complete month each source's coverage was written up to (it moves on with the calendar). */
	private final Map<String, YearMonth> coverageThrough = new ConcurrentHashMap<>();

	AggregateRefresh(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
			Indicators indicators, PerformanceSettings settings, IndicatorCoverage coverage, FigureCache cache,
			DashboardClock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.transaction = new TransactionTemplate(transactions);
		this.indicators = indicators;
		this.settings = settings;
		this.coverage = coverage;
		this.cache = cache;
		this.clock = clock;
	}

	/** A module's counts changed and committed: refresh the months it names. */
	void countsChanged(IndicatorCountsChanged changed) {
		provider(changed.source()).ifPresentOrElse(provider -> refresh(provider, changed.months()),
				() -> log.debug("No dashboard source {} to refresh", changed.source()));
	}

	/**
	 * Imports run outside a transaction and whoever started one waits for it, so the refresh runs here, on the
	 * importing thread; a failure is logged, and the next page or start-up sees the moved change mark.
	 */
	@EventListener
	void onImport(ImportCompleted completed) {
		completed.changedMonths().ifPresent(months -> provider(completed.indicatorSource()).ifPresent(provider -> {
			try {
				refresh(provider, months);
			}
			catch (RuntimeException ex) {
				log.warn("Dashboard figures not refreshed after import {}", completed.importId(), ex);
			}
		}));
	}

	@EventListener(ApplicationReadyEvent.class)
	void refreshAtStartUp() {
		refreshChanged(java.time.Duration.ZERO);
	}

	/**
	 * Before a page reads figures: every source whose change mark moved is counted again, unless it was refreshed
	 * within {@code safer.performance.announced-change-grace}: then the change is most likely one an event announced,
	 * and its listener is counting just the months changed, so the page does not count the whole source as well.
	 * Failures are logged.
	 */
	void refreshChangedQuietly() {
		refreshChanged(settings.announcedChangeGrace());
	}

	void refreshChanged(java.time.Duration grace) {
		for (IndicatorCounts provider : indicators.providers()) {
			try {
				refreshIfChanged(provider, grace);
			}
			catch (RuntimeException ex) {
				log.warn("Figures of {} not refreshed; the page shows the last refresh", provider.source(), ex);
			}
		}
	}

	/**
	 * Counts the source again, whole, if its change mark moved since its last refresh and that refresh is older
	 * than {@code grace}; otherwise only moves its coverage on when a month has ended. Cheap when nothing changed
	 * (the change mark and the one kept).
	 */
	synchronized void refreshIfChanged(IndicatorCounts provider, java.time.Duration grace) {
		long mark = provider.changeMark();
		Refreshed seen = refreshed(provider.source());
		YearMonth lastComplete = clock.lastCompleteMonth();
		if (seen != null && seen.mark() == mark) {
			if (!lastComplete.equals(coverageThrough.get(provider.source()))) {
				changeData(status -> writeCoverage(provider, lastComplete));
			}
			return;
		}
		if (seen != null && seen.at().isAfter(java.time.OffsetDateTime.now().minus(grace))) {
			return;
		}
		List<Indicator> affected = indicators.from(provider);
		changeData(status -> {
			for (Indicator indicator : affected) {
				jdbc.sql("delete from indicator_month where indicator_code = ?").param(indicator.code()).update();
			}
			provider.monthsHeld().ifPresent(held -> count(provider, affected, held));
			if (provider.weekly()) {
				refreshWeeks(provider, affected, clock.today().minusWeeks(DashboardClock.WEEKS_KEPT));
			}
			writeCoverage(provider, lastComplete);
			markRefreshed(provider.source(), mark);
		});
	}

	/** Counts the months named again (a source never refreshed is counted whole). */
	synchronized void refresh(IndicatorCounts provider, IndicatorCounts.Months months) {
		long mark = provider.changeMark();
		if (refreshed(provider.source()) == null) {
			refreshIfChanged(provider, java.time.Duration.ZERO);
			return;
		}
		List<Indicator> affected = indicators.from(provider);
		changeData(status -> {
			for (Indicator indicator : affected) {
				jdbc.sql("delete from indicator_month where indicator_code = ? and month_start between ? and ?")
					.params(indicator.code(), IndicatorMonths.first(months.first()), IndicatorMonths.first(months.last()))
					.update();
			}
			count(provider, affected, months);
			if (provider.weekly()) {
				refreshWeeks(provider, affected, months.first().atDay(1));
			}
			writeCoverage(provider, clock.lastCompleteMonth());
			markRefreshed(provider.source(), mark);
		});
	}

	private void count(IndicatorCounts provider, List<Indicator> affected, IndicatorCounts.Months months) {
		MonthlyRows rows = new MonthlyRows();
		provider.countMonths(months, into(rows, affected));
		rows.insert(template);
	}

	/** The weeks from the one {@code since} is in (or the oldest week kept) to this week, counted again. */
	private void refreshWeeks(IndicatorCounts provider, List<Indicator> affected, LocalDate since) {
		LocalDate thisWeek = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate oldest = thisWeek.minusWeeks(DashboardClock.WEEKS_KEPT - 1);
		LocalDate from = since.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (from.isBefore(oldest)) {
			from = oldest;
		}
		for (Indicator indicator : affected) {
			jdbc.sql("delete from indicator_week where indicator_code = ? and (week_start >= ? or week_start < ?)")
				.params(indicator.code(), from, oldest)
				.update();
		}
		MonthlyRows rows = new MonthlyRows();
		provider.countWeeks(from, thisWeek, into(rows, affected.stream().filter(indicator -> !indicator.ratio()).toList()));
		rows.insertWeeks(template);
	}

	/**
	 * A source's counts, as the rows of each indicator that counts their measure (a percentage indicator's
	 * denominator measure goes to the same row's base); no area means the home borough.
	 */
	private Consumer<IndicatorCounts.Count> into(MonthlyRows rows, List<Indicator> affected) {
		return count -> {
			AreaType type = AreaType.valueOf(count.level().name());
			String area = count.area() == null ? settings.homeBorough() : count.area();
			for (Indicator indicator : affected) {
				if (indicator.measure().equals(count.measure())) {
					rows.add(indicator.code(), type, count.breakdown(), area, count.period(), count.count());
				}
				if (indicator.ratio() && indicator.denominatorFilter().equals(count.measure())) {
					rows.addBase(indicator.code(), type, count.breakdown(), area, count.period(), count.count());
				}
			}
		};
	}

	/**
	 * The months each indicator of the source has data for. The product's own records start from
	 * {@code safer.performance.collecting-since} when it is set: months from then on are data even when nobody
	 * reported.
	 */
	private void writeCoverage(IndicatorCounts provider, YearMonth lastComplete) {
		for (Indicator indicator : indicators.from(provider)) {
			List<IndicatorCoverage.Month> months = new ArrayList<>();
			if (provider.ownRecords() && settings.collectingSince() != null) {
				for (YearMonth month = settings.collectingSince(); !month.isAfter(lastComplete); month = month.plusMonths(1)) {
					months.add(new IndicatorCoverage.Month(settings.homeBorough(), month, true, null));
				}
			}
			else {
				for (IndicatorCounts.CoveredMonth held : provider.coverage(indicator.measure(), lastComplete)) {
					months.add(new IndicatorCoverage.Month(held.area() == null ? settings.homeBorough() : held.area(),
							held.month(), held.covered(), held.heldInstead()));
				}
			}
			coverage.replace(indicator.code(), months);
		}
		coverageThrough.put(provider.source(), lastComplete);
	}

	private java.util.Optional<IndicatorCounts> provider(String source) {
		return indicators.providers().stream().filter(provider -> provider.source().equals(source)).findFirst();
	}

	/** Writes aggregates in one transaction; once committed, what the pages worked out before is stale. */
	private void changeData(Consumer<TransactionStatus> work) {
		try {
			transaction.executeWithoutResult(work);
		}
		finally {
			cache.dataChanged();
		}
	}

	/** When a source was last refreshed, and its change mark then. */
	private record Refreshed(long mark, java.time.OffsetDateTime at) {
	}

	private Refreshed refreshed(String source) {
		return jdbc.sql("select watermark, refreshed_at from indicator_refresh where source = ? and watermark is not null")
			.param(source)
			.query((rs, row) -> new Refreshed(rs.getLong(1), rs.getObject(2, java.time.OffsetDateTime.class)))
			.optional()
			.orElse(null);
	}

	private void markRefreshed(String source, long watermark) {
		int updated = jdbc.sql("update indicator_refresh set refreshed_at = ?, watermark = ? where source = ?")
			.params(java.time.OffsetDateTime.now(), watermark, source)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into indicator_refresh (source, refreshed_at, watermark) values (?, ?, ?)")
				.params(source, java.time.OffsetDateTime.now(), watermark)
				.update();
		}
	}

}
