package org.safercommunities.performance;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Months as the dashboard names and reads them: "March 2026" on pages, "2026-03" in addresses and files. */
final class Months {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	private Months() {
	}

	static String label(YearMonth month) {
		return month.format(LABEL);
	}

	static String shortLabel(YearMonth month) {
		return month.format(SHORT);
	}

	static Optional<YearMonth> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(YearMonth.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
