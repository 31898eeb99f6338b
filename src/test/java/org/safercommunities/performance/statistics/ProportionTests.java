package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ProportionTests {

	@Test
	void aPeriodIsItsNumeratorsOverItsDenominatorsNotAnAverageOfMonthlyPercentages() {
		// 1 of 1 (100%) and 1 of 9 (11%): averaging the months would say 56%; the cases say 2 of 10
		Proportion year = Proportion.sum(List.of(new Proportion(1, 1), new Proportion(1, 9)));
		assertThat(year).isEqualTo(new Proportion(2, 10));
		assertThat(year.percent().getAsDouble()).isEqualTo(20.0);
	}

	@Test
	void aZeroDenominatorHasNoPercentageNotZeroPercent() {
		assertThat(Proportion.NONE.percent()).isEmpty();
		assertThat(Proportion.NONE.hasDenominator()).isFalse();
		assertThat(new Proportion(0, 4).percent().getAsDouble()).isZero();
		assertThat(Proportion.sum(List.of(Proportion.NONE, Proportion.NONE)).percent()).isEmpty();
	}

	@Test
	void moreInTheNumeratorThanTheDenominatorIsRefused() {
		assertThatThrownBy(() -> new Proportion(3, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Proportion(-1, 2)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void twoProportionsAreComparedWithFishersExactTest() {
		// The classic 2x2 table {{1, 9}, {11, 3}}: two-sided p = 0.002759 (R: fisher.test)
		ProportionComparison test = ProportionComparison.of(new Proportion(1, 10), new Proportion(11, 14));
		assertThat(test.pValue()).isCloseTo(0.002759, within(0.000001));
		assertThat(test.pointsChange()).isCloseTo(10.0 - 100.0 * 11 / 14, within(1e-9));
		assertThat(test.isSignificant(0.05)).isTrue();

		ProportionComparison same = ProportionComparison.of(new Proportion(32, 50), new Proportion(32, 50));
		assertThat(same.pValue()).isCloseTo(1.0, within(1e-9));
		assertThat(same.isSignificant(0.05)).isFalse();
		assertThat(ProportionComparison.of(new Proportion(5, 5), new Proportion(3, 3)).pValue()).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void proportionsWithoutADenominatorAreNotCompared() {
		assertThatThrownBy(() -> ProportionComparison.of(new Proportion(1, 2), Proportion.NONE))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
