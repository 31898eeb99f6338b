package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntToLongFunction;

import org.safercommunities.performance.statistics.AttributeChart;
import org.safercommunities.performance.statistics.ControlChart;
import org.safercommunities.performance.statistics.EarsC2;
import org.safercommunities.performance.statistics.RateComparison;
import org.safercommunities.performance.statistics.RollingComparison;
import org.safercommunities.performance.statistics.RollingPeriods;
import org.safercommunities.performance.statistics.SpcAnalysis;
import org.safercommunities.performance.statistics.SpcRules;
import org.safercommunities.performance.statistics.SpcSignal;
import org.safercommunities.performance.statistics.TargetProgress;
import org.safercommunities.performance.statistics.VariationIcon;
import org.safercommunities.performance.statistics.Wording;
import org.safercommunities.performance.statistics.XmrChart;

/**
 * Works out {@link IndicatorFigures} from an area's months, with the statistics package: rolling twelve months and
 * the exact Poisson test (only with a full year of data before), an XmR chart of up to 24 months (or a Laney u′
 * chart of the rate when asked and populations are known) with the Making Data Count rules, EARS C2 on weekly
 * counts where kept, rate per 1,000 and progress against the target. No Spring, no database.
 */
final class FigureCalculator {

	static final int CHART_MONTHS = 24;

	/** Points at the end of the chart that count as "recent" for the status. */
	static final int RECENT_POINTS = 3;

	private FigureCalculator() {
	}

	/**
	 * What the calculation needs.
	 *
	 * @param seriesName how exceptions name the series, e.g. "Burglary in Barnet"
	 * @param coverage the months the area has data for (a month outside it is unknown, not zero)
	 * @param months the area's monthly counts, at least from 35 months before the period end and from the target's
	 * baseline year; a covered month without a count is zero
	 * @param populationOfYear population by mid-year, or 0 where unknown
	 * @param weeks completed weekly counts, oldest first, for the early warning; empty where not kept
	 * @param firstWeek the Monday of {@code weeks}' first week
	 * @param laney draw a Laney u′ chart of the rate instead of the XmR chart of counts
	 */
	record Input(Indicator indicator, String seriesName, YearMonth periodEnd, IndicatorCoverage.AreaCoverage coverage,
			Map<YearMonth, Long> months, IntToLongFunction populationOfYear, List<Long> weeks, LocalDate firstWeek,
			boolean laney) {
	}

	/** The figures in English, from the bundle itself (no Spring needed). */
	static IndicatorFigures calculate(Input in) {
		return calculate(in, Wording.english());
	}

	static IndicatorFigures calculate(Input in, Wording words) {
		List<String> notes = new ArrayList<>();
		IndicatorCoverage.AreaCoverage coverage = in.coverage();
		YearMonth yearStart = in.periodEnd().minusMonths(11);
		int monthsOfData = coverage.coveredBetween(yearStart, in.periodEnd());
		boolean fullYear = monthsOfData == 12;
		boolean twoFullYears = fullYear && coverage.coversAll(yearStart.minusMonths(12), yearStart.minusMonths(1));
		RollingComparison rolling = RollingPeriods.compare(covered(in.months(), coverage), in.periodEnd());
		if (!fullYear) {
			notes.add(words.text("performance.note.part-year", String.valueOf(monthsOfData),
					UkDates.month(in.periodEnd())));
		}
		else if (!twoFullYears) {
			notes.add(words.text("performance.note.part-year-before",
					String.valueOf(coverage.coveredBetween(yearStart.minusMonths(12), yearStart.minusMonths(1)))));
		}
		coverage.heldOtherTypes().forEach((month, types) -> {
			if (!month.isBefore(yearStart.minusMonths(12))) {
				notes.add(words.text("performance.note.other-types", UkDates.month(month), types));
			}
		});
		Optional<RateComparison> significance = twoFullYears ? Optional.of(rolling.significance()) : Optional.empty();

		// The chart runs over the latest unbroken stretch of months with data: limits need consecutive months
		YearMonth chartStart = in.periodEnd();
		while (chartStart.minusMonths(1).isAfter(in.periodEnd().minusMonths(CHART_MONTHS))
				&& coverage.covers(chartStart.minusMonths(1))) {
			chartStart = chartStart.minusMonths(1);
		}
		if (coverage.coveredBetween(in.periodEnd().minusMonths(CHART_MONTHS - 1), chartStart.minusMonths(1)) > 0) {
			notes.add(words.text("performance.note.chart-gap", UkDates.month(chartStart),
					UkDates.month(chartStart.minusMonths(1))));
		}
		List<YearMonth> chartMonths = new ArrayList<>();
		List<Long> counts = new ArrayList<>();
		List<Double> exposures = new ArrayList<>();
		for (YearMonth month = chartStart; !month.isAfter(in.periodEnd()); month = month.plusMonths(1)) {
			chartMonths.add(month);
			counts.add(in.months().getOrDefault(month, 0L));
			exposures.add(in.populationOfYear().applyAsLong(month.getYear()) / 1000.0);
		}
		boolean ratesKnown = exposures.stream().allMatch(exposure -> exposure > 0);
		Optional<ControlChart> chart = Optional.empty();
		if (counts.size() >= 2) {
			if (in.laney() && ratesKnown) {
				chart = Optional.of(AttributeChart.laneyUPrimeChart(counts, exposures));
			}
			else {
				if (in.laney()) {
					notes.add(words.text("performance.note.no-population-for-laney"));
				}
				chart = Optional.of(XmrChart.of(counts));
			}
		}
		Optional<SpcAnalysis> spc = chart.map(SpcRules::analyse);
		spc.flatMap(analysis -> analysis.warning(words)).ifPresent(notes::add);

		List<String> exceptions = new ArrayList<>();
		boolean recentException = false;
		if (spc.isPresent()) {
			List<SpcSignal> signals = new ArrayList<>(spc.get().signals());
			signals.sort(Comparator.comparingInt(SpcSignal::lastIndex).reversed());
			for (SpcSignal signal : signals) {
				exceptions.add(signal.describe(words, in.seriesName(), chartStart));
				boolean improvement = switch (in.indicator().polarity()) {
					case UP_IS_GOOD -> signal.direction() == SpcSignal.Direction.HIGH;
					case DOWN_IS_GOOD -> signal.direction() == SpcSignal.Direction.LOW;
					case NEUTRAL -> false;
				};
				recentException |= !improvement && signal.lastIndex() >= counts.size() - RECENT_POINTS;
			}
		}
		List<String> earlyWarnings = earlyWarnings(in, words);
		exceptions.addAll(0, earlyWarnings);

		long population = in.populationOfYear().applyAsLong(in.periodEnd().getYear());
		Optional<Double> rate = (fullYear && population > 0) ? Optional.of(1000.0 * rolling.thisYear() / population)
				: Optional.empty();

		Optional<TargetProgress.Assessment> target = fullYear ? target(in, rolling, notes, words) : Optional.empty();
		VariationIcon icon = spc.map(analysis -> analysis.variationIcon(in.indicator().polarity()))
			.orElse(VariationIcon.COMMON_CAUSE);
		boolean concern = icon == VariationIcon.CONCERN_HIGH || icon == VariationIcon.CONCERN_LOW;
		long significantChange = significance.filter(test -> test.isSignificant(IndicatorFigures.ALPHA)).isPresent()
				? rolling.change() : 0;
		Rag rag = Rag.of(in.indicator().polarity(), concern, target.map(t -> !t.onTrack()).orElse(false),
				significantChange, recentException, !earlyWarnings.isEmpty(), significance.isPresent());
		return new IndicatorFigures(in.periodEnd(), rolling, monthsOfData, significance, chartMonths, chart, spc,
				exceptions, rate, target, icon, rag, notes, coverage,
				IndicatorFigures.changeInWords(words, rolling, monthsOfData, significance));
	}

	/** The months with data only: an uncovered month is left out (the rolling comparison is then not shown). */
	private static Map<YearMonth, Long> covered(Map<YearMonth, Long> months, IndicatorCoverage.AreaCoverage coverage) {
		Map<YearMonth, Long> covered = new java.util.TreeMap<>();
		months.forEach((month, count) -> {
			if (coverage.covers(month)) {
				covered.put(month, count);
			}
		});
		return covered;
	}

	/** EARS C2 on the weekly counts: a signal in either of the last two completed weeks. */
	private static List<String> earlyWarnings(Input in, Wording words) {
		List<String> warnings = new ArrayList<>();
		if (in.weeks().isEmpty()) {
			return warnings;
		}
		for (EarsC2.Point point : EarsC2.detect(in.weeks())) {
			if (point.signal() && point.index() >= in.weeks().size() - 2) {
				warnings.add(0, words.text("performance.exception.early-warning", in.seriesName(),
						UkDates.day(in.firstWeek().plusWeeks(point.index())), String.valueOf(point.count()),
						Numbers.oneDecimal(point.baselineMean())));
			}
		}
		return warnings;
	}

	/**
	 * Progress on the target: the baseline is the calendar year named; progress is judged against a straight line
	 * from the end of that year to the target date.
	 */
	private static Optional<TargetProgress.Assessment> target(Input in, RollingComparison rolling, List<String> notes,
			Wording words) {
		Indicator.Target target = in.indicator().target();
		if (target == null) {
			return Optional.empty();
		}
		YearMonth baselineStart = YearMonth.of(target.baselineYear(), 1);
		if (!in.coverage().coversAll(baselineStart, YearMonth.of(target.baselineYear(), 12))) {
			notes.add(words.text("performance.note.target-baseline-incomplete", String.valueOf(target.baselineYear())));
			return Optional.empty();
		}
		long baseline = 0;
		for (int month = 1; month <= 12; month++) {
			baseline += in.months().getOrDefault(YearMonth.of(target.baselineYear(), month), 0L);
		}
		if (baseline == 0) {
			notes.add(words.text("performance.note.target-baseline-empty", String.valueOf(target.baselineYear())));
			return Optional.empty();
		}
		YearMonth baselineEnd = YearMonth.of(target.baselineYear(), 12);
		if (!in.periodEnd().isAfter(baselineEnd)) {
			notes.add(words.text("performance.note.target-not-started", String.valueOf(target.baselineYear()),
					UkDates.month(in.periodEnd())));
			return Optional.empty();
		}
		YearMonth due = YearMonth.from(target.by());
		double elapsed = (double) baselineEnd.until(in.periodEnd(), java.time.temporal.ChronoUnit.MONTHS)
				/ Math.max(1, baselineEnd.until(due, java.time.temporal.ChronoUnit.MONTHS));
		return Optional.of(TargetProgress.assess(baseline, target.percent(), rolling.thisYear(),
				Math.min(1, Math.max(0, elapsed))));
	}

}
