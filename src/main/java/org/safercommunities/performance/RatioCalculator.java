package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.performance.statistics.Proportion;
import org.safercommunities.performance.statistics.ProportionComparison;
import org.safercommunities.performance.statistics.Wording;
import org.safercommunities.shared.UkDates;

/**
 * Works out {@link RatioFigures} from an area's monthly numerators and denominators. A month outside the coverage
 * is no data and is left out of the sums; a covered month without a row had no case (0 of 0), which adds nothing
 * and has no percentage of its own. No Spring, no database.
 */
final class RatioCalculator {

	private RatioCalculator() {
	}

	/**
	 * @param months the area's months, at least the 24 to the period end; a covered month without one had no case
	 */
	static RatioFigures calculate(Indicator indicator, YearMonth periodEnd, IndicatorCoverage.AreaCoverage coverage,
			Map<YearMonth, Proportion> months, Wording words) {
		YearMonth yearStart = periodEnd.minusMonths(11);
		List<RatioFigures.Month> thisYearMonths = window(yearStart, coverage, months);
		List<RatioFigures.Month> lastYearMonths = window(yearStart.minusMonths(12), coverage, months);
		Proportion thisYear = total(thisYearMonths);
		Proportion lastYear = total(lastYearMonths);
		int monthsOfData = coverage.coveredBetween(yearStart, periodEnd);
		int monthsBefore = coverage.coveredBetween(yearStart.minusMonths(12), yearStart.minusMonths(1));
		boolean twoFullYears = monthsOfData == 12 && monthsBefore == 12;

		List<String> notes = new ArrayList<>();
		if (monthsOfData < 12) {
			notes.add(words.text("performance.ratio.note.part-year", String.valueOf(monthsOfData), UkDates.month(periodEnd)));
		}
		else if (monthsBefore < 12) {
			notes.add(words.text("performance.note.part-year-before", String.valueOf(monthsBefore)));
		}
		if (!thisYear.hasDenominator()) {
			notes.add(words.text("performance.ratio.note.no-cases", UkDates.month(periodEnd)));
		}
		else if (twoFullYears && !lastYear.hasDenominator()) {
			notes.add(words.text("performance.ratio.note.no-cases-before"));
		}
		Optional<ProportionComparison> comparison = twoFullYears && thisYear.hasDenominator() && lastYear.hasDenominator()
				? Optional.of(ProportionComparison.of(thisYear, lastYear)) : Optional.empty();
		Rag rag = Rag.of(indicator.polarity(), false, false, significantDirection(comparison), false, false,
				comparison.isPresent());
		return new RatioFigures(periodEnd, thisYearMonths, lastYearMonths, monthsOfData, thisYear, lastYear, comparison,
				rag, inWords(words, thisYear), changeInWords(words, monthsOfData, monthsBefore, comparison), notes);
	}

	/** "64% (32 of 50 cases)", or "No data yet: no cases" when the denominator is 0. */
	static String inWords(Wording words, Proportion proportion) {
		return proportion.hasDenominator()
				? words.text("performance.ratio.figure", Numbers.whole(Math.round(proportion.percent().getAsDouble())),
						Numbers.whole(proportion.numerator()), Numbers.whole(proportion.denominator()))
				: words.text("performance.ratio.no-cases");
	}

	/** A month's cell: its percentage and counts, "No cases" for 0 of 0, "No data" where the month has none. */
	static String monthInWords(Wording words, RatioFigures.Month month) {
		return month.proportion()
			.map(proportion -> proportion.hasDenominator() ? inWords(words, proportion) : words.text("performance.ratio.month.no-cases"))
			.orElseGet(() -> words.text("performance.no-data-month"));
	}

	private static String changeInWords(Wording words, int monthsOfData, int monthsBefore,
			Optional<ProportionComparison> comparison) {
		if (monthsOfData < 12) {
			return words.text("performance.change.part-year", String.valueOf(monthsOfData));
		}
		if (monthsBefore < 12) {
			return words.text("performance.change.part-year-before");
		}
		if (comparison.isEmpty()) {
			return words.text("performance.ratio.change.no-cases");
		}
		ProportionComparison test = comparison.get();
		String against = words.text("performance.ratio.change.against", inWords(words, test.thisYear()),
				inWords(words, test.lastYear()));
		String points = Numbers.oneDecimal(Math.abs(test.pointsChange()));
		if (points.equals(Numbers.oneDecimal(0))) {
			return words.text("performance.ratio.change.none", against);
		}
		String size = words.text(test.pointsChange() > 0 ? "performance.ratio.change.up" : "performance.ratio.change.down",
				points);
		String significance = words.text(test.isSignificant(IndicatorFigures.ALPHA) ? "performance.change.significant"
				: "performance.change.not-significant");
		return words.text("performance.ratio.change.tested", size, against, significance, Numbers.pEquals(test.pValue()));
	}

	/** The sign of a significant change for the status, 0 when it is not significant (or not tested). */
	private static long significantDirection(Optional<ProportionComparison> comparison) {
		return comparison.filter(test -> test.isSignificant(IndicatorFigures.ALPHA))
			.map(test -> (long) Math.signum(test.pointsChange()))
			.orElse(0L);
	}

	private static List<RatioFigures.Month> window(YearMonth first, IndicatorCoverage.AreaCoverage coverage,
			Map<YearMonth, Proportion> months) {
		List<RatioFigures.Month> window = new ArrayList<>();
		for (YearMonth month = first; month.isBefore(first.plusMonths(12)); month = month.plusMonths(1)) {
			window.add(new RatioFigures.Month(month, coverage.covers(month)
					? Optional.of(months.getOrDefault(month, Proportion.NONE)) : Optional.empty()));
		}
		return window;
	}

	private static Proportion total(List<RatioFigures.Month> months) {
		return Proportion.sum(months.stream().flatMap(month -> month.proportion().stream()).toList());
	}

}
