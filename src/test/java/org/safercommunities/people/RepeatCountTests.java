package org.safercommunities.people;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safercommunities.people.Involvement.PartyRole;

import static org.assertj.core.api.Assertions.assertThat;

class RepeatCountTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static final RepeatCount THREE_IN_TWELVE = new RepeatCount(3, 12);

	private static Involvement report(long id, LocalDate on) {
		return new Involvement("reporting", "hate_report", id, PartyRole.VICTIM, on, false);
	}

	@Test
	void threeOccasionsAsAVictimWithinTwelveMonthsFlag() {
		RepeatFlag flag = THREE_IN_TWELVE.flag(List.of(report(1, TODAY.minusMonths(12)), report(2, TODAY.minusMonths(3)),
				report(3, TODAY)), TODAY);
		assertThat(flag).isEqualTo(new RepeatFlag(3, 3, 12));
		assertThat(flag.flagged()).isTrue();
	}

	@Test
	void occasionsOutsideTheWindowDoNotCount() {
		RepeatFlag flag = THREE_IN_TWELVE.flag(List.of(report(1, TODAY.minusMonths(12).minusDays(1)),
				report(2, TODAY.minusMonths(3)), report(3, TODAY), report(4, TODAY.plusDays(1))), TODAY);
		assertThat(flag.occasions()).as("a day too early and a day in the future left out").isEqualTo(2);
		assertThat(flag.flagged()).isFalse();
	}

	@Test
	void otherRolesACaseFromItsReportsAndTheSameRecordTwiceCountNothingMore() {
		RepeatFlag flag = THREE_IN_TWELVE.flag(List.of(report(1, TODAY), report(1, TODAY),
				new Involvement("cases", "case_file", 9, PartyRole.VICTIM, TODAY, true),
				new Involvement("reporting", "hate_report", 2, PartyRole.WITNESS, TODAY, false), report(3, TODAY)), TODAY);
		assertThat(flag.occasions()).isEqualTo(2);
	}

	@Test
	void theThresholdIsConfigurable() {
		assertThat(new RepeatCount(2, 6).flag(List.of(report(1, TODAY), report(2, TODAY.minusMonths(5))), TODAY).flagged())
			.isTrue();
	}


	@Test
	void aPersonBecomesARepeatVictimOnTheOccasionThatReachesTheThreshold() {
		LocalDate first = LocalDate.of(2025, 1, 10);
		List<LocalDate> onsets = THREE_IN_TWELVE.becameRepeatVictim(List.of(first, first.plusMonths(2),
				first.plusMonths(5), first.plusMonths(6)), TODAY);
		assertThat(onsets).as("the third occasion within 12 months; the fourth keeps the flag, it is not a new one")
			.containsExactly(first.plusMonths(5));
	}

	@Test
	void aPersonWhoseOccasionsLeaveTheWindowBecomesARepeatVictimAgainOnlyWhenTheyReachItAgain() {
		LocalDate first = LocalDate.of(2024, 1, 1);
		List<LocalDate> onsets = THREE_IN_TWELVE.becameRepeatVictim(List.of(first, first.plusMonths(1),
				first.plusMonths(2), first.plusMonths(14), first.plusMonths(20), first.plusMonths(23)), TODAY);
		assertThat(onsets).containsExactly(first.plusMonths(2), first.plusMonths(23));
	}

	@Test
	void occasionsTooFarApartOrInTheFutureMakeNoRepeatVictim() {
		assertThat(THREE_IN_TWELVE.becameRepeatVictim(List.of(TODAY.minusMonths(30), TODAY.minusMonths(15),
				TODAY.minusMonths(2)), TODAY)).isEmpty();
		assertThat(THREE_IN_TWELVE.becameRepeatVictim(List.of(TODAY.minusMonths(2), TODAY, TODAY.plusDays(3)), TODAY))
			.as("an occasion after today does not count yet").isEmpty();
		assertThat(THREE_IN_TWELVE.becameRepeatVictim(List.of(TODAY, TODAY, TODAY), TODAY))
			.as("three records on one day are three occasions: one onset").containsExactly(TODAY);
	}

}
