package org.safercommunities.performance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
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
		return new Indicator("test", "Burglary", "P3", IndicatorSource.POLICE_STREET, "Burglary", AreaType.WARD,
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
		return new FigureCalculator.Input(indicator, "Burglary in Barnet", END, firstData, months, year -> 100_000L, weeks,
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
		assertThat(figures.notes()).contains("The data starts in October 2020, so the rolling year holds only 6 months",
				"There are fewer than 12 points, so the limits are not yet reliable");
		assertThat(figures.changeInWords()).startsWith("No comparison");
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
