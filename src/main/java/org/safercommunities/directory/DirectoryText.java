package org.safercommunities.directory;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Formatting for the directory templates, in the reader's language: {@code ${@directoryText.language('pl')}}. */
@Component("directoryText")
class DirectoryText {

	/** A language's own-language-independent name in the reader's language, e.g. "Polish" or "polski". */
	static String languageName(String code, Locale reader) {
		Locale locale = reader == null ? Locale.UK : reader;
		String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
		return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	public String language(String code) {
		return languageName(code, LocaleContextHolder.getLocale());
	}

	public String languages(List<String> codes) {
		return String.join(", ", codes.stream().map(this::language).toList());
	}

	/**
	 * A day as UK pages write it, "1 December 2026", with the month in the reader's language. Not the locale's
	 * own long style: for plain English ("en") that is the US "December 1, 2026".
	 */
	public String date(LocalDate date) {
		return date == null ? "" : dayText(date, LocaleContextHolder.getLocale());
	}

	static String dayText(LocalDate date, Locale reader) {
		return org.safercommunities.shared.UkDates.day(date, reader);
	}

	public String time(LocalTime time) {
		return time == null ? "" : time.toString();
	}

	public String weekday(Object day) {
		if (day == null || day.toString().isBlank()) {
			return "";
		}
		return java.time.DayOfWeek.valueOf(day.toString())
			.getDisplayName(java.time.format.TextStyle.FULL, LocaleContextHolder.getLocale());
	}

}
