package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.statistics.Polarity;
import org.safercommunities.performance.statistics.VariationIcon;

import static org.assertj.core.api.Assertions.assertThat;

class FigureCalculatorTests {

	static final YearMonth END = YearMonth.of(2021, 3);

	static Indicator indicator(Polarity polarity, Indicator.Target target) {
		return new Indicator("test", "Burglary", "P3", IndicatorSource.notProvided("POLICE_STREET"), "Burglary", null, AreaType.WARD,
				polarity, target, "Test", 1);
	}

	/** Ten a month from 2019 to the period end, with the given last month. */
	static Map<YearMonth, Long> tenAMonthThen(long last) {
		Map<YearMonth, Long> months = new TreeMap<>();
		for (YearMonth month = YearMonth.of(2019, 1); month.isBefore(END); month = month.plusMonths(1)) {
			months.put(month, 10L);
		}
		months.put(END, last);
		return months;
	}

	static FigureCalculator.Input input(Indicator indicator, Map<YearMonth, Long> months, YearMonth firstData,
			List<Long> weeks) {
		Set<YearMonth> covered = new HashSet<>();
		for (YearMonth month = firstData; !month.isAfter(END); month = month.plusMonths(1)) {
			covered.add(month);
		}
		return input(indicator, months, covered, weeks);
	}

	static FigureCalculator.Input input(Indicator indicator, Map<YearMonth, Long> months, Set<YearMonth> covered,
			List<Long> weeks) {
		return new FigureCalculator.Input(indicator, "Burglary in Barnet", END,
				new IndicatorCoverage.AreaCoverage(covered, Map.of()), months, year -> 100_000L, weeks,
				LocalDate.of(2021, 1, 4), false);
	}

	@Test
	void aMonthFarAboveTheUsualIsAnExceptionInPlainWordsAndRedWhenDownIsGood() {
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.DOWN_IS_GOOD, null),
				tenAMonthThen(40), YearMonth.of(2019, 1), List.of()));

		assertThat(figures.rolling().thisYear()).isEqualTo(150);
		assertThat(figures.rolling().lastYear()).isEqualTo(120);
		assertThat(figures.chartMonths()).hasSize(24).endsWith(END);
		assertThat(figures.exceptions()).anyMatch(text -> text.startsWith(
				"Burglary in Barnet in March 2021 is above the upper control limit (40 against"));
		assertThat(figures.icon()).isEqualTo(VariationIcon.CONCERN_HIGH);
		assertThat(figures.rag()).isEqualTo(Rag.RED);
		assertThat(figures.ratePer1000()).hasValueSatisfying(rate -> assertThat(rate).isEqualTo(1.5));
		// 150 against 120: R's poisson.test(c(150, 120)) gives p = 0.0768, so not significant
		assertThat(figures.significant()).isFalse();
		assertThat(figures.changeInWords()).startsWith("Up 25.0% on the previous 12 months (150 against 120): not significant")
			.contains("p = 0.077");
	}

	@Test
	void theSameMonthIsAnImprovementWhenUpIsGood() {
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.UP_IS_GOOD, null),
				tenAMonthThen(40), YearMonth.of(2019, 1), List.of()));

		assertThat(figures.icon()).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
		// Not red; amber because the 23 months before sit in a run below the mean, a recent low run when up is good
		assertThat(figures.rag()).isEqualTo(Rag.AMBER);
		assertThat(figures.exceptions()).anyMatch(text -> text.startsWith("Burglary in Barnet is below the average"));
	}

	@Test
	void dataThatStartsLateGivesNoComparisonAndSaysSo() {
		Map<YearMonth, Long> months = new TreeMap<>(tenAMonthThen(10));
		months.keySet().removeIf(month -> month.isBefore(YearMonth.of(2020, 10)));
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.DOWN_IS_GOOD, null), months,
				YearMonth.of(2020, 10), List.of()));

		assertThat(figures.significance()).isEmpty();
		assertThat(figures.monthsOfData()).isEqualTo(6);
		assertThat(figures.chartMonths()).hasSize(6);
		assertThat(figures.notes()).contains(
				"6 of the 12 months to March 2021 have data, so there is no rolling 12-month total, no rate and no change on last year",
				"There are fewer than 12 points, so the limits are not yet reliable");
		assertThat(figures.changeInWords()).isEqualTo("No comparison: 6 of the 12 months have data");
		assertThat(figures.fullYear()).isFalse();
		assertThat(figures.ratePer1000()).isEmpty();
		assertThat(figures.rag()).isEqualTo(Rag.NO_STATUS);
	}

	/** The reviewer's case: one force's data for one year only read as a 99.5% significant fall and Green. */
	@Test
	void oneCoveredYearGivesNoChangeNoTestAndNoStatus() {
		Map<YearMonth, Long> months = new TreeMap<>();
		Set<YearMonth> covered = new HashSet<>();
		for (YearMonth month = END.minusMonths(11); !month.isAfter(END); month = month.plusMonths(1)) {
			months.put(month, 3L);
			covered.add(month);
		}
		// Counts that a neighbouring force's file put in the area before: not data for this area
		months.put(END.minusMonths(15), 700L);
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.DOWN_IS_GOOD, null), months,
				covered, List.of()));

		assertThat(figures.fullYear()).isTrue();
		assertThat(figures.rolling().thisYear()).isEqualTo(36);
		assertThat(figures.significance()).isEmpty();
		assertThat(figures.changeInWords()).isEqualTo("No comparison: the 12 months before do not all have data");
		assertThat(figures.rag()).isEqualTo(Rag.NO_STATUS);
		assertThat(figures.notes())
			.contains("0 of the 12 months before have data, so there is no change on last year and no significance test");
	}

	@Test
	void aGapInTheDataShortensTheChartAndSaysWhy() {
		Set<YearMonth> covered = new HashSet<>();
		for (YearMonth month = YearMonth.of(2019, 1); !month.isAfter(END); month = month.plusMonths(1)) {
			covered.add(month);
		}
		covered.remove(YearMonth.of(2020, 6));
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.DOWN_IS_GOOD, null),
				tenAMonthThen(10), covered, List.of()));

		assertThat(figures.chartMonths()).first().isEqualTo(YearMonth.of(2020, 7));
		assertThat(figures.chartMonths()).hasSize(9);
		assertThat(figures.notes()).contains(
				"The chart starts in July 2020: earlier months with data are left out because June 2020 has no data");
		assertThat(figures.monthsOfData()).isEqualTo(11);
		assertThat(figures.significance()).isEmpty();
		assertThat(figures.rag()).isEqualTo(Rag.NO_STATUS);
	}

	@Test
	void aPeriodBeforeTheTargetStartsHasNoProgressRatherThanOnTrack() {
		// Period end December 2020, the last month of the baseline year itself: nothing elapsed, so 0% is no progress
		Indicator.Target target = new Indicator.Target(10, 2020, LocalDate.of(2022, 3, 31));
		Set<YearMonth> covered = new HashSet<>();
		for (YearMonth month = YearMonth.of(2019, 1); !month.isAfter(END); month = month.plusMonths(1)) {
			covered.add(month);
		}
		YearMonth december = YearMonth.of(2020, 12);
		IndicatorFigures figures = FigureCalculator.calculate(new FigureCalculator.Input(
				indicator(Polarity.UP_IS_GOOD, target), "Burglary in Barnet", december,
				new IndicatorCoverage.AreaCoverage(covered, Map.of()), tenAMonthThen(10), year -> 100_000L, List.of(),
				LocalDate.of(2020, 10, 5), false));

		assertThat(figures.target()).isEmpty();
		assertThat(figures.notes()).contains(
				"The target runs from the end of 2020, so there is no progress to measure for December 2020");
	}

	@Test
	void aTinyPValueReadsPLessThan() {
		assertThat(Numbers.pEquals(0.0001)).isEqualTo("p < 0.001");
		assertThat(Numbers.pEquals(0.0768)).isEqualTo("p = 0.077");
	}

	@Test
	void progressAgainstAPlusTenPercentTargetFromABaselineYear() {
		// Baseline 2019: 120. Target +10% = 132 by March 2021 (the whole period has elapsed). Now 150: on track.
		Indicator.Target target = new Indicator.Target(10, 2019, LocalDate.of(2021, 3, 31));
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.UP_IS_GOOD, target),
				tenAMonthThen(40), YearMonth.of(2019, 1), List.of()));

		assertThat(figures.target()).hasValueSatisfying(progress -> {
			assertThat(progress.baseline()).isEqualTo(120);
			assertThat(progress.targetVolume()).isEqualTo(132, org.assertj.core.data.Offset.offset(1e-9));
			assertThat(progress.current()).isEqualTo(150);
			assertThat(progress.onTrack()).isTrue();
		});
	}

	@Test
	void aTargetFallingShortMakesTheStatusRed() {
		Indicator.Target target = new Indicator.Target(50, 2019, LocalDate.of(2021, 3, 31));
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.UP_IS_GOOD, target),
				tenAMonthThen(10), YearMonth.of(2019, 1), List.of()));

		assertThat(figures.target().orElseThrow().onTrack()).isFalse();
		assertThat(figures.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void aSurgeInTheLastWeekIsAnEarlyWarning() {
		List<Long> weeks = new ArrayList<>(Collections.nCopies(11, 1L));
		weeks.add(9L);
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator(Polarity.NEUTRAL, null), tenAMonthThen(10),
				YearMonth.of(2019, 1), weeks));

		assertThat(figures.exceptions().get(0))
			.isEqualTo("Early warning: Burglary in Barnet in the week beginning 22 March 2021 were unusually high "
					+ "(9 against a usual 1.0 a week)");
		assertThat(figures.rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void theDraftCommentarySaysTheFiguresAndLeavesTheInterpretationToTheAnalyst() {
		Indicator.Target target = new Indicator.Target(10, 2019, LocalDate.of(2021, 3, 31));
		Indicator indicator = indicator(Polarity.DOWN_IS_GOOD, target);
		IndicatorFigures figures = FigureCalculator.calculate(input(indicator, tenAMonthThen(40), YearMonth.of(2019, 1),
				List.of()));

		String draft = DraftCommentary.write(indicator, "Barnet", figures, Optional.empty());

		assertThat(draft).startsWith("Burglary in Barnet: 150 in the 12 months to March 2021, 1.50 per 1,000 residents. "
				+ "Up 25.0% on the previous 12 months (150 against 120): not significant");
		assertThat(draft).contains("Exceptions: Burglary in Barnet in March 2021 is above the upper control limit");
		assertThat(draft).contains("Target: +10% on 2019 (120), aiming for 132 by 2021. Now 150, 250% of the way there: on track.");
		assertThat(draft).endsWith(DraftCommentary.PROMPT);
	}

	@Test
	void theSparklineSpansTheBox() {
		assertThat(Sparkline.points(List.of(0, 10))).isEqualTo("1.0,28.0 119.0,2.0");
		assertThat(Sparkline.points(List.of(5))).isEmpty();
	}

}
