package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Hand-worked from Lucas (1985), "Counted data CUSUM's", Technometrics 27(2): 129–144. */
class PoissonCusumTests {

	@Test
	void referenceValueIsTheLucasFormula() {
		// λ0 = 2, λ1 = 4: k = (4 − 2) / ln 2 = 2.885390
		assertThat(PoissonCusum.referenceValue(2, 4)).isCloseTo(2.885390, within(1e-6));
	}

	@Test
	void accumulatesExcessesOverKAndRestartsAfterASignal() {
		// k = 2.885390, h = 4:
		// 2 → max(0, 2 − 2.885) = 0; 3 → 0.114610; 5 → 2.229220; 6 → 5.343830 ≥ 4, signal, restart;
		// 4 → 1.114610; 1 → 0; 7 → 4.114610 ≥ 4, signal
		PoissonCusum.Result result = PoissonCusum.detect(List.of(2L, 3L, 5L, 6L, 4L, 1L, 7L), 2, 4);

		assertThat(result.sums()).hasSize(7);
		assertThat(result.sums().get(0)).isZero();
		assertThat(result.sums().get(1)).isCloseTo(0.114610, within(1e-6));
		assertThat(result.sums().get(2)).isCloseTo(2.229220, within(1e-6));
		assertThat(result.sums().get(3)).isCloseTo(5.343830, within(1e-6));
		assertThat(result.sums().get(4)).isCloseTo(1.114610, within(1e-6));
		assertThat(result.sums().get(5)).isZero();
		assertThat(result.sums().get(6)).isCloseTo(4.114610, within(1e-6));
		assertThat(result.signals()).containsExactly(3, 6);
		assertThat(result.decisionInterval()).isEqualTo(PoissonCusum.DEFAULT_DECISION_INTERVAL);
	}

	@Test
	void aHigherDecisionIntervalSignalsLater() {
		// With h = 6, 5.343830 at index 3 is not enough and the sum carries on: 5.343830 + 4 − 2.885390 = 6.458440,
		// a signal at index 4; after the restart 1 gives 0 and 7 gives 4.114610, under 6
		PoissonCusum.Result result = PoissonCusum.detect(List.of(2L, 3L, 5L, 6L, 4L, 1L, 7L), 2, 4, 6);

		assertThat(result.sums().get(4)).isCloseTo(6.458440, within(1e-6));
		assertThat(result.signals()).containsExactly(4);
	}

	@Test
	void needsARiseToDetect() {
		assertThatIllegalArgumentException().isThrownBy(() -> PoissonCusum.referenceValue(4, 2));
		assertThatIllegalArgumentException().isThrownBy(() -> PoissonCusum.referenceValue(0, 2));
	}

}
