package org.safercommunities.cases;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an officer's free text about a case fit for an anonymised case study: first every party's own details
 * (names, other names, phones, e-mails, address lines, street names and postcodes, as the people module knows
 * them), then anything that looks like an e-mail address, a UK phone number, a UK postcode, a reference number
 * or a long number, each replaced by {@code marker}; an exact date keeps only its month and year ("12 March 2023",
 * "12/03/2023" and "2023-03-12" all become "March 2023"; "12 March" becomes "March").
 */
final class CaseStudyRedaction {

	private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|"
			+ "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

	private static final String WEEKDAY = "(?:(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?,?\\s+)?";

	private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/** 07700 900123, 07700-900-123, +44 7700 900123, (020) 7946 0000, 0208 123 4567. */
	private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+\\s?44\\s?(?:\\(0\\)\\s?)?|\\(?0)(?:[\\s()-]*\\d){9,10}(?!\\d)");

	private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}[0-9][A-Z0-9]?\\s*[0-9][A-Z]{2}\\b",
			Pattern.CASE_INSENSITIVE);

	/** A case's, a report's or a crime's reference: C-2026-000123, R-2026-000045, CAD 1234/12, 01/123456/26. */
	private static final Pattern REFERENCE = Pattern.compile(
			"\\b[A-Z]{1,4}[-/ ]?\\d{2,4}[-/]\\d{2,8}(?:[-/]\\d{2,4})?\\b|\\b[A-Z]{1,4}[-/]?\\d{4,}\\b|\\b\\d{2,}/\\d{3,}/\\d{2,4}\\b");

	/** Any other run of five or more digits (a crime number, an account number). */
	private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{5,}\\b");

	/** 12 March 2023, Monday 12th March 2023, 12 Mar 23. */
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b" + WEEKDAY
			+ "\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+(" + MONTHS + ")\\.?,?\\s+(\\d{4}|\\d{2})\\b", Pattern.CASE_INSENSITIVE);

	/** March 12, 2023 and March 12th 2023. */
	private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + WEEKDAY + "(" + MONTHS
			+ ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

	/** 12 March (no year): the month alone. */
	private static final Pattern DAY_MONTH = Pattern.compile("\\b" + WEEKDAY + "\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+("
			+ MONTHS + ")\\b", Pattern.CASE_INSENSITIVE);

	/** 12/03/2023, 12.3.23, 12-03-2023 (day first, as in the UK). */
	private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b");

	/** 2023-03-12. */
	private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

	private final UnaryOperator<String> parties;

	private final String marker;

	/**
	 * @param parties the people module's redaction of the case's parties
	 * @param marker what stands where something was taken out, e.g. "[redacted]", as the people module marks what it takes out
	 */
	CaseStudyRedaction(UnaryOperator<String> parties, String marker) {
		this.parties = parties;
		this.marker = marker;
	}

	String apply(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String result = parties.apply(text);
		result = EMAIL.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
		result = ISO.matcher(result).replaceAll(match -> monthYear(match.group(2), match.group(1), match.group()));
		result = NUMERIC.matcher(result).replaceAll(match -> monthYear(match.group(2), match.group(3), match.group()));
		result = DAY_MONTH_YEAR.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
				monthName(match.group(1)) + " " + fullYear(match.group(2))));
		result = MONTH_DAY_YEAR.matcher(result).replaceAll(match -> Matcher.quoteReplacement(
				monthName(match.group(1)) + " " + match.group(2)));
		result = DAY_MONTH.matcher(result).replaceAll(match -> Matcher.quoteReplacement(monthName(match.group(1))));
		result = PHONE.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
		result = POSTCODE.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
		result = REFERENCE.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
		result = LONG_NUMBER.matcher(result).replaceAll(Matcher.quoteReplacement(marker));
		return result.strip();
	}

	/** "March 2023" from a numeric month and year, or the text unchanged when it is no date. */
	private static String monthYear(String month, String year, String original) {
		int number = Integer.parseInt(month);
		if (number < 1 || number > 12) {
			return Matcher.quoteReplacement(original);
		}
		return Matcher.quoteReplacement(Month.of(number).getDisplayName(TextStyle.FULL, Locale.UK) + " " + fullYear(year));
	}

	private static String fullYear(String year) {
		return year.length() == 2 ? "20" + year : year;
	}

	/** The month's full name from what was written ("Sept", "mar", "MARCH"). */
	private static String monthName(String written) {
		String start = written.substring(0, 3).toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			String name = month.getDisplayName(TextStyle.FULL, Locale.UK);
			if (name.toLowerCase(Locale.ROOT).startsWith(start)) {
				return name;
			}
		}
		return written;
	}

}
