package org.safercommunities.cases;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Overdue actions and review amber and target dates, on fixed days. */
class CaseWorkTimingTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

	@Test
	void anOpenActionIsOverdueFromTheDayAfterItsDueDate() {
		assertThat(ActionTiming.overdue(ActionStatus.OPEN, TODAY, TODAY)).as("due today").isFalse();
		assertThat(ActionTiming.overdue(ActionStatus.OPEN, TODAY.minusDays(1), TODAY)).as("due yesterday").isTrue();
		assertThat(ActionTiming.overdue(ActionStatus.DONE, TODAY.minusDays(30), TODAY)).as("done").isFalse();
		assertThat(ActionTiming.overdue(ActionStatus.CANCELLED, TODAY.minusDays(30), TODAY)).as("cancelled").isFalse();
	}

	@Test
	void theDigestNamesOpenActionsDueWithinTheWindowOrOverdue() {
		int window = ActionSettings.defaults().remindDaysAhead();
		assertThat(ActionTiming.remindable(ActionStatus.OPEN, TODAY, TODAY, window)).as("today").isTrue();
		assertThat(ActionTiming.remindable(ActionStatus.OPEN, TODAY.plusDays(2), TODAY, window)).as("in 2 days").isTrue();
		assertThat(ActionTiming.remindable(ActionStatus.OPEN, TODAY.plusDays(3), TODAY, window)).as("in 3 days").isFalse();
		assertThat(ActionTiming.remindable(ActionStatus.OPEN, TODAY.minusDays(9), TODAY, window)).as("overdue").isTrue();
		assertThat(ActionTiming.dueSoon(ActionStatus.OPEN, TODAY.minusDays(1), TODAY, window)).as("overdue is not soon")
			.isFalse();
		assertThat(ActionTiming.remindable(ActionStatus.DONE, TODAY, TODAY, window)).as("done").isFalse();
	}

	@Test
	void theNextReviewIsProposedTwentyEightDaysOnWithAmberAWeekBefore() {
		ReviewTiming next = ReviewTiming.proposedFrom(LocalDate.of(2026, 11, 1), ReviewSettings.defaults());
		assertThat(next).isEqualTo(new ReviewTiming(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 29)));
		ReviewTiming fortnightly = ReviewTiming.proposedFrom(LocalDate.of(2026, 11, 1), new ReviewSettings(14, 3));
		assertThat(fortnightly).isEqualTo(new ReviewTiming(LocalDate.of(2026, 11, 12), LocalDate.of(2026, 11, 15)));
		assertThatThrownBy(() -> new ReviewSettings(7, 7)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReviewIsAmberFromItsAmberDateAndOverdueAfterItsTarget() {
		ReviewTiming timing = ReviewTiming.forTarget(LocalDate.of(2026, 12, 10), ReviewSettings.defaults());
		assertThat(timing.amberOn()).isEqualTo(LocalDate.of(2026, 12, 3));
		assertThat(timing.stateOn(LocalDate.of(2026, 12, 2))).isEqualTo(ReviewTiming.State.NOT_DUE);
		assertThat(timing.stateOn(LocalDate.of(2026, 12, 3))).isEqualTo(ReviewTiming.State.AMBER);
		assertThat(timing.stateOn(LocalDate.of(2026, 12, 10))).as("on the target day").isEqualTo(ReviewTiming.State.AMBER);
		assertThat(timing.stateOn(LocalDate.of(2026, 12, 11))).isEqualTo(ReviewTiming.State.OVERDUE);
	}

	@Test
	void aReviewDoneAfterItsTargetIsLate() {
		ReviewTiming timing = ReviewTiming.forTarget(LocalDate.of(2026, 12, 10), ReviewSettings.defaults());
		assertThat(timing.lateOn(LocalDate.of(2026, 12, 10))).isFalse();
		assertThat(timing.lateOn(LocalDate.of(2026, 12, 11))).isTrue();
		assertThatThrownBy(() -> new ReviewTiming(LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 10)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theVictimsCodeChecklistSaysWhatChangedItemByItem() {
		VictimsCodeChecklist before = VictimsCodeChecklist.empty();
		VictimsCodeChecklist after = new VictimsCodeChecklist(TODAY, null, TODAY, "Victim Support",
				java.util.List.of(TODAY, TODAY.minusDays(3), TODAY), TODAY, RestorativeJusticeAnswer.NOT_YET);
		assertThat(after.changesFrom(before)).containsExactly(VictimsCodeChecklist.Item.INFORMED_OF_RIGHTS,
				VictimsCodeChecklist.Item.REFERRED_TO_SUPPORT, VictimsCodeChecklist.Item.UPDATE_GIVEN,
				VictimsCodeChecklist.Item.RJ_OFFERED, VictimsCodeChecklist.Item.RJ_ANSWER);
		assertThat(after.updatesGiven()).as("distinct, earliest first").containsExactly(TODAY.minusDays(3), TODAY);
		assertThat(after.changesFrom(after)).isEmpty();
		assertThat(after.done()).isEqualTo(4);
	}

}
