package org.safercommunities.referrals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.safercommunities.casereview.WorkingDayCalendar;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Referral deadlines on the one working-day calendar the application runs with: casereview's, reading the bank
 * holidays administrators keep (seeded for England and Wales to 2028), on each database.
 */
@IntegrationTest
class ReferralDeadlineIntegrationTests {

	@Autowired
	WorkingDayCalendar calendar;

	@Test
	void aSafeguardingReferralOnTheWorkingDayBeforeABankHolidayIsDueThatDay() {
		LocalDate christmasEve = LocalDate.of(2026, 12, 24);
		assertThat(ReferralDeadlines.dueOn(calendar, christmasEve, 0)).isEqualTo(christmasEve);
		assertThat(ReferralDeadlines.dueOn(calendar, LocalDate.of(2026, 12, 25), 0))
			.as("made on Christmas Day: after the Boxing Day substitute on Monday 28th").isEqualTo(LocalDate.of(2026, 12, 29));
		assertThat(ReferralDeadlines.dueOn(calendar, LocalDate.of(2026, 8, 28), 0)).isEqualTo(LocalDate.of(2026, 8, 28));
	}

	@Test
	void aFiveDayDeadlineAcrossChristmas2026SkipsTheBankHolidays() {
		assertThat(ReferralDeadlines.dueOn(calendar, LocalDate.of(2026, 12, 24), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(ReferralDeadlines.dueOn(calendar, LocalDate.of(2026, 12, 23), 5))
			.as("24, 29, 30, 31 December and Monday 4 January").isEqualTo(LocalDate.of(2027, 1, 4));
	}

}
