package org.safercommunities.enforcement;

import java.time.LocalDate;

import org.safercommunities.shared.UkDates;

/** Days as the register writes them ("1 March 2023"), empty for none. */
final class UkDatesText {

	private UkDatesText() {
	}

	static String day(LocalDate day) {
		return day == null ? "" : UkDates.day(day);
	}

}
