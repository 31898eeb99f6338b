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

}
