package org.safercommunities.performance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.performance.statistics.Polarity.DOWN_IS_GOOD;
import static org.safercommunities.performance.statistics.Polarity.NEUTRAL;
import static org.safercommunities.performance.statistics.Polarity.UP_IS_GOOD;

class RagTests {

	@Test
	void aConcerningLatestPointOrATargetOffTrackIsRed() {
		assertThat(Rag.of(DOWN_IS_GOOD, true, false, 0, false, false, true)).isEqualTo(Rag.RED);
		assertThat(Rag.of(UP_IS_GOOD, false, true, 0, false, false, true)).isEqualTo(Rag.RED);
	}

	@Test
	void aSignificantChangeTheWrongWayIsAmberButTheRightWayIsGreen() {
		assertThat(Rag.of(DOWN_IS_GOOD, false, false, 40, false, false, true)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(DOWN_IS_GOOD, false, false, -40, false, false, true)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(UP_IS_GOOD, false, false, -40, false, false, true)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 40, false, false, true)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(NEUTRAL, false, false, 40, false, false, true)).isEqualTo(Rag.AMBER);
	}

	@Test
	void aRecentExceptionOrAnEarlyWarningIsAmber() {
		assertThat(Rag.of(NEUTRAL, false, false, 0, true, false, true)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 0, false, true, true)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 0, false, false, true)).isEqualTo(Rag.GREEN);
	}

	@Test
	void withoutAComparisonOnLastYearNothingIsGreen() {
		assertThat(Rag.of(UP_IS_GOOD, false, false, 0, false, false, false)).isEqualTo(Rag.NO_STATUS);
		assertThat(Rag.NO_STATUS.tagClass()).isEqualTo("govuk-tag--grey");
		// Evidence of a problem still counts without a comparison
		assertThat(Rag.of(DOWN_IS_GOOD, true, false, 0, false, false, false)).isEqualTo(Rag.RED);
		assertThat(Rag.of(DOWN_IS_GOOD, false, false, 0, true, false, false)).isEqualTo(Rag.AMBER);
	}

}
