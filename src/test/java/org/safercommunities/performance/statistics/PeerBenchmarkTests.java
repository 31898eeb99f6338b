package org.safercommunities.performance.statistics;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.statistics.PeerBenchmark.AreaBenchmark;
import org.safercommunities.performance.statistics.PeerBenchmark.AreaCount;
import org.safercommunities.performance.statistics.PeerBenchmark.Comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Funnel limits by the exact Poisson (chi-square) method of APHO Technical Briefing 2 and PHE's "Technical Guide:
 * Funnel plots". Chi-square quantiles were computed with SciPy 1.17 {@code scipy.stats.chi2.ppf}; for a whole
 * expected count they equal Garwood's exact interval for that count, e.g. 20 → [12.217, 30.888].
 */
class PeerBenchmarkTests {

	// Pooled: (35 + 30 + 30 + 105) / (2,000 + 3,000 + 5,000 + 10,000) = 200 / 20,000 = 10 per 1,000
	private static final List<AreaCount> BASKET = List.of(new AreaCount("Northby", 35, 2_000),
			new AreaCount("Eastham", 30, 3_000), new AreaCount("Southwick", 30, 5_000),
			new AreaCount("Westford", 105, 10_000));

	@Test
	void funnelLimitsAreExactPoissonLimitsAroundThePooledRate() {
		// Population 2,000 at 10 per 1,000: expected E = 20.
		// 95%: χ²(0.025; 40) / 2 = 12.216520 and χ²(0.975; 42) / 2 = 30.888378, per 1,000: 6.108260 and 15.444189
		// 99.8%: χ²(0.001; 40) / 2 = 8.958213 and χ²(0.999; 42) / 2 = 38.041881, per 1,000: 4.479107 and 19.020941
		PeerBenchmark.FunnelLimits limits = PeerBenchmark.funnelLimits(10, 2_000);

		assertThat(limits.at95().lower()).isCloseTo(6.108260, within(1e-6));
		assertThat(limits.at95().upper()).isCloseTo(15.444189, within(1e-6));
		assertThat(limits.at998().lower()).isCloseTo(4.479107, within(1e-6));
		assertThat(limits.at998().upper()).isCloseTo(19.020941, within(1e-6));
		// The same as Garwood's interval for a count of 20
		ConfidenceInterval garwood = PoissonRateComparison.exactInterval(20);
		assertThat(limits.at95().lower()).isCloseTo(garwood.lower() / 2, within(1e-9));
	}

	@Test
	void funnelLimitsWorkForFractionalExpectedCounts() {
		// 10 per 1,000 of 1,250 people: E = 12.5; χ²(0.025; 25) / 2 = 6.559860, χ²(0.975; 27) / 2 = 21.597255,
		// per 1,000: 5.247888 and 17.277804
		PeerBenchmark.FunnelLimits limits = PeerBenchmark.funnelLimits(10, 1_250);

		assertThat(limits.at95().lower()).isCloseTo(5.247888, within(1e-6));
		assertThat(limits.at95().upper()).isCloseTo(17.277804, within(1e-6));
	}

	@Test
	void classifiesEachAreaAgainstItsFunnel() {
		PeerBenchmark.Result result = PeerBenchmark.compare(BASKET);

		assertThat(result.pooledRatePer1000()).isCloseTo(10.0, within(1e-12));
		assertThat(result.areas()).extracting(benchmark -> benchmark.area().area(), AreaBenchmark::ratePer1000,
				AreaBenchmark::at95, AreaBenchmark::at998)
			.containsExactly(
					// 17.5 is above 15.444 (95%) but below 19.021 (99.8%)
					tuple("Northby", 17.5, Comparison.HIGHER, Comparison.SIMILAR),
					// 10.0 against 3,000 people: 95% limits 6.747 to 14.276
					tuple("Eastham", 10.0, Comparison.SIMILAR, Comparison.SIMILAR),
					// 6.0 against 5,000 people: below 7.422 (95%) and 6.192 (99.8%)
					tuple("Southwick", 6.0, Comparison.LOWER, Comparison.LOWER),
					// 10.5 against 10,000 people: 95% limits 8.136 to 12.163
					tuple("Westford", 10.5, Comparison.SIMILAR, Comparison.SIMILAR));
		assertThat(result.areas().get(2).limits().at998().lower()).isCloseTo(6.191794, within(1e-6));
	}

	@Test
	void ranksFromTheHighestRate() {
		assertThat(PeerBenchmark.compare(BASKET).areas()).extracting(AreaBenchmark::rankLabel)
			.containsExactly("1st of 4", "3rd of 4", "4th of 4", "2nd of 4");
	}

	@Test
	void equalRatesShareARank() {
		// 5, 10, 10 and 2 per 1,000: the two 10s are both 1st, then 3rd and 4th
		List<AreaCount> basket = List.of(new AreaCount("A", 5, 1_000), new AreaCount("B", 20, 2_000),
				new AreaCount("C", 10, 1_000), new AreaCount("D", 2, 1_000));

		assertThat(PeerBenchmark.compare(basket).areas()).extracting(AreaBenchmark::rank)
			.containsExactly(3, 1, 1, 4);
	}

	@Test
	void theRankLabelWithoutLimitsAgreesWithCompare() {
		List<AreaCount> basket = List.of(new AreaCount("A", 5, 1_000), new AreaCount("B", 10, 1_000),
				new AreaCount("C", 10, 1_000), new AreaCount("D", 2, 1_000));

		assertThat(basket).extracting(area -> PeerBenchmark.rankLabel(area, basket))
			.containsExactly("3rd of 4", "1st of 4", "1st of 4", "4th of 4");
		assertThat(PeerBenchmark.compare(basket).areas()).extracting(AreaBenchmark::rankLabel)
			.containsExactly("3rd of 4", "1st of 4", "1st of 4", "4th of 4");
	}

	@Test
	void ordinalsReadNaturally() {
		assertThat(List.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 32, 101, 111, 112))
			.extracting(PeerBenchmark::ordinal)
			.containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "32nd", "101st",
					"111th", "112th");
	}

	@Test
	void aBasketWithNoEventsHasAZeroLowerLimit() {
		// E = 0: no lower limit; upper χ²(0.975; 2) / 2 = −ln(0.025) = 3.688879 events, per 1,000 of 1,000
		PeerBenchmark.FunnelLimits limits = PeerBenchmark.funnelLimits(0, 1_000);

		assertThat(limits.at95().lower()).isZero();
		assertThat(limits.at95().upper()).isCloseTo(-Math.log(0.025), within(1e-9));
	}

	@Test
	void rejectsEmptyBasketsAndImpossibleAreas() {
		assertThatIllegalArgumentException().isThrownBy(() -> PeerBenchmark.compare(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new AreaCount("X", 1, 0));
	}

}
