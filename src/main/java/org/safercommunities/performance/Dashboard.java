package org.safercommunities.performance;

import org.safercommunities.shared.HostilityStrands;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.performance.IndicatorMonths.MonthRange;
import org.safercommunities.performance.statistics.Proportion;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dashboard's figures for analysts and the board: the overview, one indicator for an area and strand, and the
 * series behind them. Reads aggregates only (after a cheap check for new reports, see {@link AggregateRefresh}).
 */
@Service
class Dashboard {

	private final Indicators indicators;

	private final IndicatorMonths months;

	private final Populations populations;

	private final Areas areas;

	private final AggregateRefresh refresh;

	private final MessageSource messages;

	private final DashboardClock clock;

	private final IndicatorCoverage coverage;

	private final FigureCache cache;

	Dashboard(Indicators indicators, IndicatorMonths months, Populations populations, Areas areas,
			AggregateRefresh refresh, MessageSource messages, DashboardClock clock, IndicatorCoverage coverage,
			FigureCache cache) {
		this.coverage = coverage;
		this.cache = cache;
		this.indicators = indicators;
		this.months = months;
		this.populations = populations;
		this.areas = areas;
		this.refresh = refresh;
		this.messages = messages;
		this.clock = clock;
	}

	/** One overview line: the indicator, and its figures (of counts, or of a percentage) if it has data. */
	record OverviewRow(Indicator indicator, Optional<IndicatorFigures> figures, Optional<RatioFigures> ratio) {

		public Rag rag() {
			return figures.map(IndicatorFigures::rag).or(() -> ratio.map(RatioFigures::rag)).orElse(Rag.NO_DATA);
		}

	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public OverviewPage overview(Optional<YearMonth> period, String areaCode) {
		AreaChoice area = areas.resolve(areaCode, false);
		Map<String, MonthRange> ranges = new java.util.HashMap<>();
		List<OverviewRow> rows = rows(area, period, ranges);
		return new OverviewPage(rows, area, areas.boroughs(), period, periodChoices(ranges));
	}

	/**
	 * Every indicator's overview line for an area, after bringing the aggregates up to date; {@code ranges} gets
	 * each indicator's months held. Unguarded: for the overview page above and for papers made in the background.
	 */
	List<OverviewRow> rows(AreaChoice area, Optional<YearMonth> period, Map<String, MonthRange> ranges) {
		refresh.refreshChangedQuietly();
		List<OverviewRow> rows = new ArrayList<>();
		for (Indicator indicator : indicators.all()) {
			IndicatorCoverage.AreaCoverage covered = coverage(indicator, area);
			if (!covered.isEmpty()) {
				ranges.put(indicator.code(), covered.range());
			}
			rows.add(new OverviewRow(indicator, figures(indicator, area, Indicator.ALL_STRANDS, period, covered, false),
					ratio(indicator, area, Indicator.ALL_STRANDS, period, covered)));
		}
		return rows;
	}

	/** The overview page's content. */
	record OverviewPage(List<OverviewRow> rows, AreaChoice area, List<AreaChoice> areas, Optional<YearMonth> period,
			List<YearMonth> periods) {
	}

	/** Every indicator, in the dashboard's order; names and codes only. */
	List<Indicator> allIndicators() {
		return indicators.all();
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public Optional<Indicator> indicator(String code) {
		// Each indicator page starts here, so new reports are counted before anything on it is read
		refresh.refreshChangedQuietly();
		return indicators.find(code);
	}

	/** One indicator, area and strand: figures, or empty when it has no data (or is not collected). */
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public Optional<IndicatorFigures> figures(Indicator indicator, AreaChoice area, String strand,
			Optional<YearMonth> period, boolean laney) {
		// No refresh here: the page has opened through indicator(), which brought the own reports up to date
		return figures(indicator, area, strand, period, coverage(indicator, area), laney);
	}

	/** A percentage indicator's figures for an area and strand, or empty when it has no data (or counts). */
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public Optional<RatioFigures> ratio(Indicator indicator, AreaChoice area, String strand, Optional<YearMonth> period) {
		// No refresh here either: the page has opened through indicator()
		return ratio(indicator, area, strand, period, coverage(indicator, area));
	}

	private Optional<RatioFigures> ratio(Indicator indicator, AreaChoice area, String strand, Optional<YearMonth> period,
			IndicatorCoverage.AreaCoverage covered) {
		if (!indicator.ratio() || !indicator.source().collected() || covered.isEmpty()) {
			return Optional.empty();
		}
		return cache.get(List.of("ratio", indicator.code(), area.type(), area.code(), strand, period), () -> {
			YearMonth periodEnd = periodEnd(period, covered);
			Map<YearMonth, Proportion> series = months.proportions(
					indicator.code(), area.type(), area.code(), strand, periodEnd.minusMonths(23), periodEnd);
			return Optional.of(RatioCalculator.calculate(indicator, periodEnd, covered, series, Words.of(messages, Locale.UK)));
		});
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public IndicatorCoverage.AreaCoverage coverageAnywhere(Indicator indicator) {
		return coverage.anywhere(indicator.code());
	}

	IndicatorCoverage coverageStore() {
		return coverage;
	}

	/** The months with data where the area is: its own, or for a ward, its borough's. */
	IndicatorCoverage.AreaCoverage coverage(Indicator indicator, AreaChoice area) {
		if (!indicator.source().collected()) {
			return IndicatorCoverage.AreaCoverage.NONE;
		}
		String borough = (area.type() == AreaType.WARD) ? areas.home().code() : area.code();
		return cache.get(List.of("coverage", indicator.code(), borough), () -> coverage.of(indicator.code(), borough));
	}

	private Optional<IndicatorFigures> figures(Indicator indicator, AreaChoice area, String strand,
			Optional<YearMonth> period, IndicatorCoverage.AreaCoverage covered, boolean laney) {
		// A percentage has figures of its own (ratio): the figures of counts do not apply to it
		if (indicator.ratio() || !indicator.source().collected() || covered.isEmpty()) {
			return Optional.empty();
		}
		return cache.get(List.of("figures", indicator.code(), area.type(), area.code(), strand, period, laney),
				() -> calculate(indicator, area, strand, period, covered, laney));
	}

	private Optional<IndicatorFigures> calculate(Indicator indicator, AreaChoice area, String strand,
			Optional<YearMonth> period, IndicatorCoverage.AreaCoverage covered, boolean laney) {
		YearMonth periodEnd = periodEnd(period, covered);
		YearMonth from = periodEnd.minusMonths(35);
		if (indicator.hasTarget() && indicator.target().baselineYear() < from.getYear()) {
			from = YearMonth.of(indicator.target().baselineYear(), 1);
		}
		Map<YearMonth, Long> series = months.series(indicator.code(), area.type(), area.code(), strand, from,
				periodEnd);
		List<Long> weeks = new ArrayList<>();
		LocalDate firstWeek = null;
		if (indicator.source().ownRecords() && area.type() == AreaType.BOROUGH && periodEnd.equals(covered.last())) {
			LocalDate lastWeek = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
			firstWeek = lastWeek.minusWeeks(DashboardClock.WEEKS_KEPT - 2);
			Map<LocalDate, Long> counts = months.weeks(indicator.code(), area.code(), strand, firstWeek, lastWeek);
			for (LocalDate week = firstWeek; !week.isAfter(lastWeek); week = week.plusWeeks(1)) {
				weeks.add(counts.getOrDefault(week, 0L));
			}
		}
		// Figures are cached for every reader, so their words are English, as every staff page is
		String name = seriesName(indicator, strand, area);
		FigureCalculator.Input input = new FigureCalculator.Input(indicator, name, periodEnd, covered, series,
				year -> populations.of(area.type(), year).getOrDefault(area.code(), 0L), weeks, firstWeek, laney);
		return Optional.of(FigureCalculator.calculate(input, Words.of(messages, Locale.UK)));
	}

	/** The requested month, or the latest month with data before it, else the area's latest month with data. */
	static YearMonth periodEnd(Optional<YearMonth> period, IndicatorCoverage.AreaCoverage covered) {
		return period.flatMap(covered::latestUpTo).orElse(covered.last());
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public List<Indicator> indicatorsWithData() {
		// Hot spots rank rates per 1,000 of counts, which a percentage is not
		return indicators.all().stream().filter(indicator -> !indicator.ratio() && range(indicator).isPresent()).toList();
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public List<String> strands(Indicator indicator) {
		return cache.get(List.of("strands", indicator.code()), () -> months.strands(indicator.code()));
	}

	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'BOARD')")
	public Optional<MonthRange> range(Indicator indicator) {
		return cache.get(List.of("range", indicator.code()), () -> months.range(indicator.code()));
	}

	/**
	 * Every month from the indicator's first to its last month with data anywhere, for an area and strand, oldest
	 * first: the count where the area has data that month (zero if none was counted), empty where it has none.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER')")
	public Map<YearMonth, Optional<Long>> series(Indicator indicator, AreaChoice area, String strand) {
		refresh.refreshChangedQuietly();
		Map<YearMonth, Optional<Long>> series = new java.util.TreeMap<>();
		IndicatorCoverage.AreaCoverage covered = coverage(indicator, area);
		months.range(indicator.code()).ifPresent(range -> {
			YearMonth first = covered.isEmpty() || range.first().isBefore(covered.first()) ? range.first() : covered.first();
			YearMonth last = covered.isEmpty() || range.last().isAfter(covered.last()) ? range.last() : covered.last();
			Map<YearMonth, Long> counts = months.series(indicator.code(), area.type(), area.code(), strand, first, last);
			for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
				series.put(month, covered.covers(month) ? Optional.of(counts.getOrDefault(month, 0L)) : Optional.empty());
			}
		});
		return series;
	}

	/**
	 * A percentage indicator's months, as {@link #series} gives counts: numerator and denominator where the area
	 * has data that month (0 of 0 if it had no case), empty where it has none.
	 */
	@PreAuthorize("hasAnyRole('ANALYST', 'OFFICER')")
	public Map<YearMonth, Optional<Proportion>> proportions(
			Indicator indicator, AreaChoice area, String strand) {
		Map<YearMonth, Optional<Proportion>> series = new java.util.TreeMap<>();
		IndicatorCoverage.AreaCoverage covered = coverage(indicator, area);
		if (!covered.isEmpty()) {
			var counted = months.proportions(indicator.code(), area.type(), area.code(), strand, covered.first(),
					covered.last());
			for (YearMonth month = covered.first(); !month.isAfter(covered.last()); month = month.plusMonths(1)) {
				series.put(month, covered.covers(month) ? Optional.of(counted.getOrDefault(month,
						Proportion.NONE)) : Optional.empty());
			}
		}
		return series;
	}

	String strandLabel(Indicator indicator, String strand) {
		if (Indicator.ALL_STRANDS.equals(strand)) {
			return messages.getMessage("performance.strand.all", null, "All strands", Locale.UK);
		}
		return indicator.source().ownRecords()
				? messages.getMessage(HostilityStrands.messageKey(strand), null, strand, Locale.UK) : strand;
	}

	String seriesName(Indicator indicator, String strand, AreaChoice area) {
		return Indicator.ALL_STRANDS.equals(strand)
				? messages.getMessage("performance.series", new Object[] { indicator.name(), area.name() }, Locale.UK)
				: messages.getMessage("performance.series.strand",
						new Object[] { indicator.name(), strandLabel(indicator, strand), area.name() }, Locale.UK);
	}

	/** Months to offer as period ends: from the latest month of any indicator back to the earliest. */
	static List<YearMonth> periodChoices(Map<String, MonthRange> ranges) {
		List<YearMonth> choices = new ArrayList<>();
		Optional<YearMonth> latest = ranges.values().stream().map(MonthRange::last).max(YearMonth::compareTo);
		Optional<YearMonth> earliest = ranges.values().stream().map(MonthRange::first).min(YearMonth::compareTo);
		if (latest.isPresent()) {
			for (YearMonth month = latest.get(); !month.isBefore(earliest.get()); month = month.minusMonths(1)) {
				choices.add(month);
			}
		}
		return choices;
	}

	Areas areas() {
		return areas;
	}

	IndicatorMonths months() {
		return months;
	}

	Populations populations() {
		return populations;
	}

}
