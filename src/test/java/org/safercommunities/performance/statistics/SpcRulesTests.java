package org.safercommunities.performance.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.statistics.SpcSignal.Direction;
import org.safercommunities.performance.statistics.SpcSignal.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The Making Data Count rules as NHSRplotthedots ({@code R/ptd_calculate_point_type.R}) applies them. Most tests use a
 * chart with mean 10 and mean moving range 2.256, so sigma = 2.256 / 1.128 = 2 exactly, the two-sigma lines are 6 and
 * 14 and the limits are 10 ± 2.66 × 2.256 = 10 ± 6.00096: 3.99904 and 16.00096.
 */
class SpcRulesTests {

	private static final double MEAN = 10;

	private static final double MEAN_MOVING_RANGE = 2.256;

	private static final YearMonth JANUARY_2025 = YearMonth.of(2025, 1);

	private static XmrChart chart(Double... values) {
		return new XmrChart(List.of(values), MEAN, MEAN_MOVING_RANGE);
	}

	/** Alternating about the mean so that no run, trend or close point arises, then the points under test. */
	private static XmrChart afterQuietStart(Double... values) {
		List<Double> all = new ArrayList<>(List.of(9.0, 11.0, 9.0, 11.0, 9.0, 11.0));
		all.addAll(List.of(values));
		return new XmrChart(all, MEAN, MEAN_MOVING_RANGE);
	}

	@Test
	void theFixtureHasSigmaTwo() {
		XmrChart chart = chart(10.0);
		assertThat(chart.sigma()).isCloseTo(2.0, within(1e-12));
		assertThat(chart.upperLimit()).isCloseTo(16.00096, within(1e-9));
	}

	@Test
	void findsPointsOutsideTheLimitsOnEitherSide() {
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(16.5, 10.0, 3.5, 16.0));

		assertThat(analysis.signals()).extracting(SpcSignal::rule, SpcSignal::direction, SpcSignal::firstIndex)
			.containsExactly(tuple(Rule.OUTSIDE_LIMITS, Direction.HIGH, 6), tuple(Rule.OUTSIDE_LIMITS, Direction.LOW, 8));
		assertThat(analysis.signals().get(0).reference()).isCloseTo(16.00096, within(1e-9));
	}

	@Test
	void describesAPointAboveTheLimitInPlainEnglish() {
		// XmrChartTests: baseline limit 18.40485, and March 2026 (the 13th month from March 2025) is 23
		SpcAnalysis analysis = SpcRules.analyse(XmrChart.of(XmrChartTests.MONTHS, 12));

		assertThat(analysis.signals()).singleElement()
			.satisfies(signal -> assertThat(signal.describe("Antisemitic hate crime", YearMonth.of(2025, 3)))
				.isEqualTo("Antisemitic hate crime in March 2026 is above the upper control limit (23 against 18.4)"));
	}

	@Test
	void findsSevenPointsInARowOnOneSideOfTheMean() {
		// The quiet start's last point (index 5, 11) and indices 6 to 12 are above 10: 8 in a row; the point on the
		// mean (index 13) ends the run
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(11.0, 12.0, 11.0, 12.0, 11.0, 12.0, 11.0, 10.0));

		assertThat(analysis.signals()).singleElement().satisfies(signal -> {
			assertThat(signal.rule()).isEqualTo(Rule.SHIFT);
			assertThat(signal.direction()).isEqualTo(Direction.HIGH);
			assertThat(signal.firstIndex()).isEqualTo(5);
			assertThat(signal.lastIndex()).isEqualTo(12);
			assertThat(signal.describe("Disability hate crime", JANUARY_2025)).isEqualTo(
					"Disability hate crime is above the average (10) in each of the 8 months from June 2025 to January 2026");
		});
	}

	@Test
	void sixPointsOnOneSideAreNotAShiftUnlessTheRunLengthIsSix() {
		XmrChart chart = afterQuietStart(9.0, 8.0, 9.0, 8.0, 9.0, 8.0, 10.0);

		assertThat(SpcRules.analyse(chart).signals()).isEmpty();
		assertThat(SpcRules.analyse(chart, 6, 7).signals()).singleElement()
			.extracting(SpcSignal::rule, SpcSignal::direction, SpcSignal::points)
			.containsExactly(Rule.SHIFT, Direction.LOW, 6);
	}

	@Test
	void findsSevenPointsEachHigherThanTheLast() {
		// 7, 8, …, 13 rises six times: a trend of 7 points (indices 6 to 12), crossing the mean so not a shift
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(7.0, 8.0, 9.0, 10.5, 11.0, 12.0, 13.0, 9.0));

		assertThat(analysis.signals()).singleElement().satisfies(signal -> {
			assertThat(signal.rule()).isEqualTo(Rule.TREND);
			assertThat(signal.direction()).isEqualTo(Direction.HIGH);
			assertThat(signal.firstIndex()).isEqualTo(6);
			assertThat(signal.lastIndex()).isEqualTo(12);
			assertThat(signal.describe("Racist hate crime", JANUARY_2025))
				.isEqualTo("Racist hate crime has risen steadily over the 7 months from July 2025 to January 2026");
		});
	}

	@Test
	void anEqualValueBreaksATrend() {
		// 13, 12, 11, 11, 10, 9, 8: the repeated 11 splits it into runs of 3 and 4
		XmrChart broken = afterQuietStart(13.0, 12.0, 11.0, 11.0, 10.0, 9.0, 8.0);
		assertThat(SpcRules.analyse(broken).signals()).isEmpty();

		XmrChart falling = afterQuietStart(13.0, 12.0, 11.0, 10.5, 10.0, 9.0, 8.0);
		assertThat(SpcRules.analyse(falling).signals()).singleElement()
			.extracting(SpcSignal::rule, SpcSignal::direction, SpcSignal::firstIndex, SpcSignal::lastIndex)
			.containsExactly(Rule.TREND, Direction.LOW, 6, 12);
	}

	@Test
	void aTrendCanStartAtTheTurningPointOfAnother() {
		// Falls 9 → 7 then rises 7 → 13: the rising run of 7 includes the 7 it turned at (indices 7 to 13)
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(9.5, 7.0, 8.0, 9.0, 10.5, 11.0, 12.0, 13.0));

		assertThat(analysis.signals()).extracting(SpcSignal::rule, SpcSignal::firstIndex, SpcSignal::lastIndex)
			.containsExactly(tuple(Rule.TREND, 7, 13));
	}

	@Test
	void findsTwoOfThreePointsCloseToTheSameLimit() {
		// 14.5 and 15 are beyond the two-sigma line (14) but inside the limit (16.001); 11 is between them, and all
		// three are above the mean
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(14.5, 11.0, 15.0, 9.0));

		assertThat(analysis.signals()).singleElement().satisfies(signal -> {
			assertThat(signal.rule()).isEqualTo(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA);
			assertThat(signal.direction()).isEqualTo(Direction.HIGH);
			assertThat(signal.firstIndex()).isEqualTo(6);
			assertThat(signal.lastIndex()).isEqualTo(8);
			assertThat(signal.reference()).isCloseTo(14.0, within(1e-9));
			assertThat(signal.describe("Homophobic hate crime", JANUARY_2025)).isEqualTo(
					"Homophobic hate crime is close to the upper control limit: 2 of 3 points up to September 2025 are above 14");
		});
	}

	@Test
	void twoOfThreeNeedsAllThreeOnTheSameSideOfTheMean() {
		// 14.5, 9, 15: the middle point is below the mean, so no signal (plot-the-dots issue #143)
		assertThat(SpcRules.analyse(afterQuietStart(14.5, 9.0, 15.0, 9.0)).signals()).isEmpty();
		// 5.5 and 5 below the lower two-sigma line (6), 8 between: a LOW signal
		assertThat(SpcRules.analyse(afterQuietStart(5.5, 8.0, 5.0, 11.0)).signals()).singleElement()
			.extracting(SpcSignal::rule, SpcSignal::direction)
			.containsExactly(Rule.TWO_OF_THREE_BEYOND_TWO_SIGMA, Direction.LOW);
	}

	@Test
	void pointsCloseToOppositeLimitsAreCommonCause() {
		// Ported from NHSRplotthedots tests/testthat/test-ptd_spc_standard.R: 1, −1 alternating for 16 points with the
		// last two 5.5 and −5.5. Mean 0; moving ranges 13 × 2 + 6.5 + 11 = 43.5 over 15 = 2.9; sigma 2.571, so
		// ±5.5 is close to the limits (±5.142 to ±7.714) but on opposite sides
		List<Double> values = new ArrayList<>();
		for (int i = 0; i < 14; i++) {
			values.add((i % 2 == 0) ? 1.0 : -1.0);
		}
		values.add(5.5);
		values.add(-5.5);
		XmrChart chart = XmrChart.of(values);
		assertThat(chart.meanMovingRange()).isCloseTo(2.9, within(1e-12));

		SpcAnalysis analysis = SpcRules.analyse(chart);

		assertThat(analysis.signals()).isEmpty();
		assertThat(analysis.variationIcon(Polarity.UP_IS_GOOD)).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void warnsWhenThereAreFewerThanTwelvePoints() {
		SpcAnalysis eleven = SpcRules.analyse(chart(Collections.nCopies(11, 10.0).toArray(Double[]::new)));
		SpcAnalysis twelve = SpcRules.analyse(chart(Collections.nCopies(12, 10.0).toArray(Double[]::new)));

		assertThat(eleven.tooFewPoints()).isTrue();
		assertThat(eleven.warning()).hasValue("There are fewer than 12 points, so the limits are not yet reliable");
		assertThat(twelve.tooFewPoints()).isFalse();
		assertThat(twelve.warning()).isEmpty();
	}

	@Test
	void describesRunsInOtherPeriodsGenerically() {
		SpcSignal signal = new SpcSignal(Rule.TREND, Direction.LOW, 2, 8, 3, 10);

		assertThat(signal.describe("ASB", index -> "week " + (index + 1)))
			.isEqualTo("ASB has fallen steadily over the 7 periods from week 3 to week 9");
	}

	@Test
	void theVariationIconDependsOnTheIndicatorsDirection() {
		SpcAnalysis high = SpcRules.analyse(afterQuietStart(9.0, 11.0, 9.0, 11.0, 9.0, 17.0));

		assertThat(high.variationIcon(Polarity.UP_IS_GOOD)).isEqualTo(VariationIcon.IMPROVEMENT_HIGH);
		assertThat(high.variationIcon(Polarity.DOWN_IS_GOOD)).isEqualTo(VariationIcon.CONCERN_HIGH);
		assertThat(high.variationIcon(Polarity.NEUTRAL)).isEqualTo(VariationIcon.NEITHER_HIGH);

		SpcAnalysis low = SpcRules.analyse(afterQuietStart(9.0, 11.0, 9.0, 11.0, 9.0, 3.0));

		assertThat(low.variationIcon(Polarity.UP_IS_GOOD)).isEqualTo(VariationIcon.CONCERN_LOW);
		assertThat(low.variationIcon(Polarity.DOWN_IS_GOOD)).isEqualTo(VariationIcon.IMPROVEMENT_LOW);
		assertThat(low.variationIcon(Polarity.NEUTRAL)).isEqualTo(VariationIcon.NEITHER_LOW);
	}

	@Test
	void theIconLooksOnlyAtTheLatestPoint() {
		// A signal earlier in the series (17 at index 6) does not make the latest point special
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(17.0, 9.0, 11.0, 9.0, 11.0, 9.0));

		assertThat(analysis.signals()).hasSize(1);
		assertThat(analysis.variationIcon(Polarity.DOWN_IS_GOOD)).isEqualTo(VariationIcon.COMMON_CAUSE);
	}

	@Test
	void theIconSideIsWhereTheLatestPointIsAgainstTheMean() {
		// A rising trend ending below the mean (4, 5, …, 9.5): plot-the-dots calls it low, by relative_to_mean
		SpcAnalysis analysis = SpcRules.analyse(afterQuietStart(4.1, 5.0, 6.5, 7.0, 8.0, 9.0, 9.5));

		assertThat(analysis.signalsAt(12)).extracting(SpcSignal::rule).contains(Rule.TREND);
		assertThat(analysis.variationIcon(Polarity.UP_IS_GOOD)).isEqualTo(VariationIcon.CONCERN_LOW);
	}

	@Test
	void numbersAreShownToOneDecimalPlaceAtMost() {
		assertThat(SpcSignal.number(23)).isEqualTo("23");
		assertThat(SpcSignal.number(18.40485)).isEqualTo("18.4");
		assertThat(SpcSignal.number(2.25)).isEqualTo("2.3");
		assertThat(SpcSignal.number(1234.56)).isEqualTo("1,234.6");
	}

	@Test
	void describesLowSignalsAndOtherPeriodLabels() {
		SpcSignal signal = new SpcSignal(Rule.OUTSIDE_LIMITS, Direction.LOW, 3, 3, 1, 2.928);

		assertThat(signal.describe("ASB", index -> "week " + (index + 1)))
			.isEqualTo("ASB in week 4 is below the lower control limit (1 against 2.9)");
	}

}
