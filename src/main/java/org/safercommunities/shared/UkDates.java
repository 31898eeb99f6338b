package org.safercommunities.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates and months as pages, e-mails and files show them ("27 March 2026", "March 2026", "Mar 2026", "2026-03"
 * in addresses), and as people type them ("27 3 2026", "27/3/2026", "2026-03-27", "27 March 2026"; "10 2026",
 * "10/2026", "2026-10", "October 2026"). One place, so every page writes a date the same way.
 */
public final class UkDates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	/** Strict: 31/2/2026 is no date (the default resolver would quietly make it 28 February). */
	private static final List<DateTimeFormatter> TYPED_DAYS = strict("d M uuuu", "d/M/uuuu", "uuuu-M-d", "d MMMM uuuu",
			"d MMM uuuu");

	private static final List<DateTimeFormatter> TYPED_MONTHS = strict("M uuuu", "M/uuuu", "uuuu-M", "MMMM uuuu",
			"MMM uuuu");

	private UkDates() {
	}

	private static List<DateTimeFormatter> strict(String... patterns) {
		return java.util.Arrays.stream(patterns)
			.map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(java.time.format.ResolverStyle.STRICT))
			.toList();
	}

	/** "27 March 2026"; null for no date. */
	public static String day(LocalDate day) {
		return day == null ? null : day.format(DAY);
	}

	/** "27 March 2026" in the reader's language (English readers get the UK form). */
	public static String day(LocalDate day, Locale reader) {
		if (day == null) {
			return null;
		}
		Locale locale = reader == null || "en".equals(reader.getLanguage()) ? Locale.UK : reader;
		return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
	}

	/** "March 2026". */
	public static String month(YearMonth month) {
		return month.format(MONTH);
	}

	/** "Mar 2026", for chart axes and narrow columns. */
	public static String shortMonth(YearMonth month) {
		return month.format(SHORT_MONTH);
	}

	/** As months appear in addresses and files: 2026-03. */
	public static String monthParam(YearMonth month) {
		return month.toString();
	}

	/** A month from an address or file (2026-03); empty when it is not one. */
	public static Optional<YearMonth> parseMonthParam(String text) {
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

	/** A date as a person typed it; empty when it is not one. */
	public static Optional<LocalDate> parseDay(String text) {
		return parse(text, TYPED_DAYS, LocalDate::parse);
	}

	/** A month as a person typed it; empty when it is not one. */
	public static Optional<YearMonth> parseMonth(String text) {
		return parse(text, TYPED_MONTHS, YearMonth::parse);
	}

	private static <T> Optional<T> parse(String text, List<DateTimeFormatter> formats,
			java.util.function.BiFunction<String, DateTimeFormatter, T> parser) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String titled = titleCase(text.strip().replaceAll("\\s+", " "));
		for (DateTimeFormatter format : formats) {
			try {
				return Optional.of(parser.apply(titled, format));
			}
			catch (DateTimeParseException ex) {
				// try the next way of writing it
			}
		}
		return Optional.empty();
	}

	/** "MARCH" and "march" read as "March", as the month-name patterns need. */
	private static String titleCase(String text) {
		StringBuilder titled = new StringBuilder();
		for (String word : text.split(" ")) {
			titled.append(titled.isEmpty() ? "" : " ")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1).toLowerCase(Locale.UK));
		}
		return titled.toString();
	}

}
