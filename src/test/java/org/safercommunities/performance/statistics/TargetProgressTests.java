package org.safercommunities.performance.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Worked by hand from the definitions in {@link TargetProgress}. */
class TargetProgressTests {

	@Test
	void measuresProgressTowardsARise() {
		// "+10% recorded hate crime": baseline 200, target 220. Now 210: +5%, half of the +10% wanted
		TargetProgress.Assessment assessment = TargetProgress.assess(200, 10, 210);

		assertThat(assessment.targetVolume()).isCloseTo(220, within(1e-9));
		assertThat(assessment.percentageChange()).isCloseTo(5, within(1e-12));
		assertThat(assessment.percentageOfTargetAchieved()).isCloseTo(50, within(1e-12));
		assertThat(assessment.onTrack()).isFalse();
	}

	@Test
	void meetingTheTargetExactlyIsOnTrack() {
		// 110 from 100 is +10%; 10 / 10 = 100%, whatever the floating point makes of it
		assertThat(TargetProgress.assess(100, 10, 110).onTrack()).isTrue();
		assertThat(TargetProgress.assess(200, 10, 220).percentageOfTargetAchieved()).isCloseTo(100, within(1e-9));
	}

	@Test
	void partWayThroughTheTargetPeriodOnlyTheDueShareIsNeeded() {
		// Half achieved is on track 40% of the way through, off track 60% of the way through
		assertThat(TargetProgress.assess(200, 10, 210, 0.4).onTrack()).isTrue();
		assertThat(TargetProgress.assess(200, 10, 210, 0.6).onTrack()).isFalse();
	}

	@Test
	void measuresProgressTowardsAFall() {
		// "−20% ASB": baseline 500, target 400. Now 450: −10%, half achieved. Now 520: +4%, −20% of the target
		assertThat(TargetProgress.assess(500, -20, 450).percentageOfTargetAchieved()).isCloseTo(50, within(1e-12));
		TargetProgress.Assessment wrongWay = TargetProgress.assess(500, -20, 520);
		assertThat(wrongWay.targetVolume()).isCloseTo(400, within(1e-9));
		assertThat(wrongWay.percentageOfTargetAchieved()).isCloseTo(-20, within(1e-12));
		assertThat(wrongWay.onTrack()).isFalse();
		assertThat(TargetProgress.assess(500, -20, 390).onTrack()).isTrue();
	}

	@Test
	void rejectsTargetsThatCannotBeMeasured() {
		assertThatIllegalArgumentException().isThrownBy(() -> TargetProgress.assess(0, 10, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> TargetProgress.assess(100, 0, 5));
		assertThatIllegalArgumentException().isThrownBy(() -> TargetProgress.assess(100, 10, 5, 1.5));
	}

}
