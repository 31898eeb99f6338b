package org.safercommunities.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UkDatesTests {

	@Test
	void datesAreShownOneWay() {
		LocalDate day = LocalDate.of(2026, 3, 7);
		assertThat(UkDates.day(day)).isEqualTo("7 March 2026");
		assertThat(UkDates.day(null)).isNull();
		assertThat(UkDates.day(day, Locale.ENGLISH)).isEqualTo("7 March 2026");
		assertThat(UkDates.day(day, Locale.forLanguageTag("pl"))).isEqualTo("7 marca 2026");
		assertThat(UkDates.month(YearMonth.of(2026, 9))).isEqualTo("September 2026");
		assertThat(UkDates.shortMonth(YearMonth.of(2026, 3))).isEqualTo("Mar 2026");
		assertThat(UkDates.monthParam(YearMonth.of(2026, 9))).isEqualTo("2026-09");
	}

	@Test
	void datesAreReadAsPeopleTypeThem() {
		LocalDate expected = LocalDate.of(2026, 3, 27);
		for (String typed : new String[] { "27 3 2026", "27/3/2026", "2026-03-27", "27 March 2026", "27 march 2026",
				" 27  MAR 2026 " }) {
			assertThat(UkDates.parseDay(typed)).as(typed).contains(expected);
		}
		assertThat(UkDates.parseDay("31/2/2026")).isEmpty();
		assertThat(UkDates.parseDay("")).isEmpty();
		assertThat(UkDates.parseDay(null)).isEmpty();
	}

	@Test
	void monthsAreReadAsPeopleTypeThemAndAsAddressesWriteThem() {
		YearMonth expected = YearMonth.of(2026, 10);
		for (String typed : new String[] { "10 2026", "10/2026", "2026-10", "October 2026", "oct 2026" }) {
			assertThat(UkDates.parseMonth(typed)).as(typed).contains(expected);
		}
		assertThat(UkDates.parseMonth("13/2026")).isEmpty();
		assertThat(UkDates.parseMonthParam("2026-10")).contains(expected);
		assertThat(UkDates.parseMonthParam("October 2026")).isEmpty();
		assertThat(UkDates.parseMonthParam(" ")).isEmpty();
	}

}
