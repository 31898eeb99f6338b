package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.safercommunities.performance.statistics.Proportion;
import org.safercommunities.performance.statistics.ProportionComparison;

/**
 * The figures of a percentage indicator for one area and strand and a period end, as {@link RatioCalculator} makes
 * them: each month's numerator and denominator, the rolling twelve months and the twelve before as sums of both
 * (never an average of monthly percentages), and the change between them tested as two proportions. There is no
 * control chart, early warning, rate, target or benchmark: those are tests of counts.
 *
 * @param thisYearMonths the twelve months to the period end, oldest first; empty where the month has no data
 * @param lastYearMonths the twelve months before, lined up with {@code thisYearMonths}
 * @param monthsOfData months with data in this year's window (12 when complete)
 * @param thisYear the months with data of this year's window added up (0 of 0 when none had a case)
 * @param comparison Fisher's exact test of this year against last, absent without two full years with cases
 * @param thisYearInWords the percentage and what it is of ("64% (32 of 50 cases)"), or why there is none
 * @param notes why parts are absent, in plain words
 */
record RatioFigures(YearMonth periodEnd, List<Month> thisYearMonths, List<Month> lastYearMonths, int monthsOfData,
		Proportion thisYear, Proportion lastYear, Optional<ProportionComparison> comparison, Rag rag,
		String thisYearInWords, String changeInWords, List<String> notes) {

	/** A month of the window: its proportion, or empty when the month has no data (which is not zero). */
	record Month(YearMonth month, Optional<Proportion> proportion) {
	}

	public boolean fullYear() {
		return monthsOfData == 12;
	}

	public boolean significant() {
		return comparison.map(test -> test.isSignificant(IndicatorFigures.ALPHA)).orElse(false);
	}

}
