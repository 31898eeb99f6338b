package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.safercommunities.performance.statistics.ControlChart;
import org.safercommunities.performance.statistics.RateComparison;
import org.safercommunities.performance.statistics.RollingComparison;
import org.safercommunities.performance.statistics.SpcAnalysis;
import org.safercommunities.performance.statistics.TargetProgress;
import org.safercommunities.performance.statistics.VariationIcon;
import org.safercommunities.performance.statistics.Wording;

/**
 * The figures of one indicator, area and strand for a period end, as {@link FigureCalculator} makes them: the
 * items of the board paper that come from the area's own months. Absent parts ({@code null} or empty) are ones
 * the data cannot support, with the reason in {@link #notes()}.
 *
 * @param rolling this year's and last year's twelve months
 * @param monthsOfData months with data in this year's window (12 when complete)
 * @param significance exact Poisson test of this year against last, absent without a full last year
 * @param chartMonths the months on the control chart, oldest first
 * @param chart the control chart (XmR, or Laney u′ of the rate per 1,000), absent with fewer than 2 points
 * @param exceptions special causes and early warnings in plain words, latest first
 * @param ratePer1000 rolling volume per 1,000 residents, absent without a population
 * @param target progress against the indicator's target, absent if it has none or its baseline is unknown
 * @param notes why parts are absent, in plain words
 * @param coverage the months the area has data for
 * @param changeInWords the change on last year in words, with whether chance would explain it
 */
record IndicatorFigures(YearMonth periodEnd, RollingComparison rolling, int monthsOfData,
		Optional<RateComparison> significance, List<YearMonth> chartMonths, Optional<ControlChart> chart,
		Optional<SpcAnalysis> spc, List<String> exceptions, Optional<Double> ratePer1000,
		Optional<TargetProgress.Assessment> target, VariationIcon icon, Rag rag, List<String> notes,
		IndicatorCoverage.AreaCoverage coverage, String changeInWords) {

	static final double ALPHA = 0.05;

	public boolean significant() {
		return significance.map(test -> test.isSignificant(ALPHA)).orElse(false);
	}

	/** The change on last year in words, with whether chance would explain it. */
	static String changeInWords(Wording words, RollingComparison rolling, int monthsOfData,
			Optional<RateComparison> significance) {
		if (monthsOfData < 12) {
			return words.text("performance.change.part-year", String.valueOf(monthsOfData));
		}
		if (significance.isEmpty()) {
			return words.text("performance.change.part-year-before");
		}
		long change = rolling.change();
		String counts = words.text("performance.change.counts", Numbers.whole(rolling.thisYear()),
				Numbers.whole(rolling.lastYear()));
		if (change == 0) {
			return words.text("performance.change.none", counts);
		}
		String size = rolling.percentageChange().isPresent()
				? words.text(change >= 0 ? "performance.change.up" : "performance.change.down",
						Numbers.oneDecimal(Math.abs(rolling.percentageChange().getAsDouble())))
				: words.text("performance.change.up-from-none");
		String test = words.text(significance.get().isSignificant(ALPHA) ? "performance.change.significant"
				: "performance.change.not-significant");
		return words.text("performance.change.tested", size, counts, test,
				Numbers.pEquals(significance.get().pValue()));
	}

	/** Whether the rolling 12 months all have data, so the volume is a real rolling-year total. */
	public boolean fullYear() {
		return monthsOfData == 12;
	}

	/** The SPC chart's values as a sparkline. */
	public String sparkline() {
		return chart.map(c -> Sparkline.points(c.values())).orElse("");
	}

}
