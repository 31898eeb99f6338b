package org.safercommunities.centres;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Months as people type them ("10 2026", "10/2026", "2026-10", "October 2026") and as pages show them. */
final class MonthText {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final List<DateTimeFormatter> TYPED = List.of(DateTimeFormatter.ofPattern("M yyyy"),
			DateTimeFormatter.ofPattern("M/yyyy"), DateTimeFormatter.ofPattern("yyyy-M"),
			DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK));

	private MonthText() {
	}

	static Optional<YearMonth> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String cleaned = text.strip().replaceAll("\\s+", " ");
		cleaned = cleaned.isEmpty() ? cleaned : Character.toUpperCase(cleaned.charAt(0)) + cleaned.substring(1).toLowerCase(Locale.UK);
		for (DateTimeFormatter format : TYPED) {
			try {
				return Optional.of(YearMonth.parse(cleaned, format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	static String format(YearMonth month) {
		return month.format(SHOWN);
	}

	/** As it appears in addresses: 2026-10. */
	static String param(YearMonth month) {
		return month.toString();
	}

}
