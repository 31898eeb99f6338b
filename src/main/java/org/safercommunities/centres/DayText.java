package org.safercommunities.centres;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Dates as staff type them ("27 3 2026", "27/3/2026", "2026-03-27", "27 March 2026") and as pages show them. */
final class DayText {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final List<DateTimeFormatter> TYPED = List.of(DateTimeFormatter.ofPattern("d M yyyy"),
			DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("yyyy-M-d"),
			DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK), DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK));

	private DayText() {
	}

	static Optional<LocalDate> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String cleaned = text.strip().replaceAll("\\s+", " ");
		StringBuilder titled = new StringBuilder();
		for (String word : cleaned.split(" ")) {
			titled.append(titled.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1).toLowerCase(Locale.UK));
		}
		for (DateTimeFormatter format : TYPED) {
			try {
				return Optional.of(LocalDate.parse(titled.toString(), format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	static String format(LocalDate day) {
		return day == null ? null : day.format(SHOWN);
	}

}
