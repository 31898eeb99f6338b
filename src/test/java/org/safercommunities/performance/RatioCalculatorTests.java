package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.statistics.Polarity;
import org.safercommunities.performance.statistics.Proportion;
import org.safercommunities.performance.statistics.Wording;

import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic of a percentage indicator: sums of parts, 0 denominators and months without data. */
class RatioCalculatorTests {

	static final YearMonth END = YearMonth.of(2026, 3);

	static final Wording WORDS = Wording.english();

	static Indicator informed(Polarity polarity) {
		return new Indicator("victims-informed", "Victims informed of their rights", "P5",
				IndicatorSource.notProvided("VICTIMS_CODE"), "INFORMED", "ALL", AreaType.BOROUGH, polarity, null, "Test", 1);
	}

	/** Every month of the 24 to the end covered. */
	static IndicatorCoverage.AreaCoverage twoYears() {
		return coveredFrom(END.minusMonths(23));
	}

	static IndicatorCoverage.AreaCoverage coveredFrom(YearMonth first) {
		Set<YearMonth> covered = new HashSet<>();
		for (YearMonth month = first; !month.isAfter(END); month = month.plusMonths(1)) {
			covered.add(month);
		}
		return new IndicatorCoverage.AreaCoverage(covered, Map.of());
	}

	/** {@code numerator} of {@code denominator} every month of the 24. */
	static Map<YearMonth, Proportion> every(long numerator, long denominator) {
		Map<YearMonth, Proportion> months = new TreeMap<>();
		for (YearMonth month = END.minusMonths(23); !month.isAfter(END); month = month.plusMonths(1)) {
			months.put(month, new Proportion(numerator, denominator));
		}
		return months;
	}

	@Test
	void theRollingYearIsTheSumOfItsNumeratorsOverTheSumOfItsDenominators() {
		Map<YearMonth, Proportion> months = every(2, 4);
		// This year's last two months: 1 of 1 and 1 of 9 (averaging monthly percentages would mislead)
		months.put(END.minusMonths(1), new Proportion(1, 1));
		months.put(END, new Proportion(1, 9));
		RatioFigures figures = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END, twoYears(), months, WORDS);

		assertThat(figures.thisYear()).isEqualTo(new Proportion(22, 50));
		assertThat(figures.lastYear()).isEqualTo(new Proportion(24, 48));
		assertThat(figures.thisYearInWords()).isEqualTo("44% (22 of 50 cases)");
		assertThat(figures.fullYear()).isTrue();
		assertThat(figures.comparison()).isPresent();
		assertThat(figures.changeInWords()).isEqualTo("Down 6.0 percentage points on the previous 12 months "
				+ "(44% (22 of 50 cases) against 50% (24 of 48 cases)): not significant, within what chance would explain "
				+ "(Fisher\u2019s exact test of two proportions, p = 0.686)"); // scipy.stats.fisher_exact([[22, 28], [24, 24]]): 0.6858
		assertThat(figures.rag()).isEqualTo(Rag.GREEN);
		assertThat(RatioCalculator.monthInWords(WORDS, figures.thisYearMonths().get(11))).isEqualTo("11% (1 of 9 cases)");
	}

	@Test
	void aMonthWithNoCasesHasNoPercentageAndAddsNothing() {
		Map<YearMonth, Proportion> months = every(3, 5);
		months.remove(END); // covered, but no case with a victim was opened: 0 of 0, not 0%
		RatioFigures figures = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END, twoYears(), months, WORDS);

		assertThat(figures.thisYearMonths().get(11).proportion()).contains(Proportion.NONE);
		assertThat(RatioCalculator.monthInWords(WORDS, figures.thisYearMonths().get(11))).isEqualTo("No cases");
		assertThat(figures.thisYear()).isEqualTo(new Proportion(33, 55));
		assertThat(figures.monthsOfData()).isEqualTo(12);
		assertThat(figures.thisYearInWords()).isEqualTo("60% (33 of 55 cases)");
	}

	@Test
	void aYearWithNoCasesHasNoPercentageAndNoComparison() {
		Map<YearMonth, Proportion> months = every(3, 5);
		for (YearMonth month = END.minusMonths(11); !month.isAfter(END); month = month.plusMonths(1)) {
			months.put(month, Proportion.NONE);
		}
		RatioFigures figures = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END, twoYears(), months, WORDS);

		assertThat(figures.thisYear().percent()).isEmpty();
		assertThat(figures.thisYearInWords()).isEqualTo("No data yet: no cases");
		assertThat(figures.comparison()).isEmpty();
		assertThat(figures.changeInWords()).isEqualTo("No comparison: one of the two years has no cases");
		assertThat(figures.notes()).contains("No cases in the 12 months to March 2026, so there is no percentage");
		assertThat(figures.rag()).isEqualTo(Rag.NO_STATUS);
	}

	@Test
	void aMonthWithoutDataIsLeftOutNotCountedAsZero() {
		// Data only from two months after the window starts: ten months of this year, none of the year before
		RatioFigures figures = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END,
				coveredFrom(END.minusMonths(9)), every(3, 4), WORDS);

		assertThat(figures.monthsOfData()).isEqualTo(10);
		assertThat(figures.thisYear()).isEqualTo(new Proportion(30, 40));
		assertThat(figures.thisYearMonths().get(0).proportion()).isEmpty();
		assertThat(RatioCalculator.monthInWords(WORDS, figures.thisYearMonths().get(0))).isEqualTo("No data");
		assertThat(figures.lastYear()).isEqualTo(Proportion.NONE);
		assertThat(figures.comparison()).isEmpty();
		assertThat(figures.changeInWords()).isEqualTo("No comparison: 10 of the 12 months have data");
		assertThat(figures.notes()).first().asString().startsWith("10 of the 12 months to March 2026 have data");
		assertThat(figures.rag()).isEqualTo(Rag.NO_STATUS);
	}

	@Test
	void aSignificantChangeTheWrongWayIsAmberAndTheRightWayGreen() {
		Map<YearMonth, Proportion> months = every(9, 10);
		for (YearMonth month = END.minusMonths(11); !month.isAfter(END); month = month.plusMonths(1)) {
			months.put(month, new Proportion(3, 10));
		}
		RatioFigures down = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END, twoYears(), months, WORDS);
		assertThat(down.significant()).isTrue();
		assertThat(down.comparison().get().pointsChange()).isEqualTo(-60.0);
		assertThat(down.changeInWords()).startsWith("Down 60.0 percentage points").contains("a significant change",
				"p < 0.001");
		assertThat(down.rag()).isEqualTo(Rag.AMBER);
		assertThat(RatioCalculator.calculate(informed(Polarity.DOWN_IS_GOOD), END, twoYears(), months, WORDS).rag())
			.isEqualTo(Rag.GREEN);
	}

	@Test
	void noChangeSaysSo() {
		RatioFigures figures = RatioCalculator.calculate(informed(Polarity.UP_IS_GOOD), END, twoYears(), every(2, 5), WORDS);
		assertThat(figures.changeInWords())
			.isEqualTo("No change on the previous 12 months (40% (24 of 60 cases) against 40% (24 of 60 cases))");
	}

}
