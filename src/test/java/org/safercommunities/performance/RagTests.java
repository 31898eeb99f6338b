package org.safercommunities.performance;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safercommunities.performance.statistics.Polarity.DOWN_IS_GOOD;
import static org.safercommunities.performance.statistics.Polarity.NEUTRAL;
import static org.safercommunities.performance.statistics.Polarity.UP_IS_GOOD;

class RagTests {

	@Test
	void aConcerningLatestPointOrATargetOffTrackIsRed() {
		assertThat(Rag.of(DOWN_IS_GOOD, true, false, 0, false, false)).isEqualTo(Rag.RED);
		assertThat(Rag.of(UP_IS_GOOD, false, true, 0, false, false)).isEqualTo(Rag.RED);
	}

	@Test
	void aSignificantChangeTheWrongWayIsAmberButTheRightWayIsGreen() {
		assertThat(Rag.of(DOWN_IS_GOOD, false, false, 40, false, false)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(DOWN_IS_GOOD, false, false, -40, false, false)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(UP_IS_GOOD, false, false, -40, false, false)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 40, false, false)).isEqualTo(Rag.GREEN);
		assertThat(Rag.of(NEUTRAL, false, false, 40, false, false)).isEqualTo(Rag.AMBER);
	}

	@Test
	void aRecentExceptionOrAnEarlyWarningIsAmber() {
		assertThat(Rag.of(NEUTRAL, false, false, 0, true, false)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 0, false, true)).isEqualTo(Rag.AMBER);
		assertThat(Rag.of(UP_IS_GOOD, false, false, 0, false, false)).isEqualTo(Rag.GREEN);
	}

}
