package org.safercommunities.performance.statistics;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * One special-cause signal found by {@link SpcRules#analyse}: which rule, which side, and the points involved
 * ({@code firstIndex} to {@code lastIndex}, zero-based, equal for a single point). {@code value} is the latest point's
 * value and {@code reference} the line it is judged against (the limit, two-sigma line or mean). {@link #describe}
 * puts it in words for the dashboard (keys {@code performance.signal.*}), e.g. "Antisemitic hate crime in March 2026
 * is above the upper control limit (23 against 18.4)".
 */
public record SpcSignal(Rule rule, Direction direction, int firstIndex, int lastIndex, double value,
		double reference) {

	/** The Making Data Count rules; the order only breaks ties when sorting signals that end at the same point. */
	public enum Rule {

		OUTSIDE_LIMITS, TWO_OF_THREE_BEYOND_TWO_SIGMA, SHIFT, TREND

	}

	/** Which side of the centre line the signal is on: high (above) or low (below). */
	public enum Direction {

		HIGH, LOW

	}

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

	public int points() {
		return lastIndex - firstIndex + 1;
	}

	public boolean covers(int index) {
		return index >= firstIndex && index <= lastIndex;
	}

	/** Describes a monthly series whose first point is {@code firstMonth}, naming months like "March 2026". */
	public String describe(String series, YearMonth firstMonth) {
		return describe(Wording.english(), series, firstMonth);
	}

	/** The same in the given wording. */
	public String describe(Wording words, String series, YearMonth firstMonth) {
		return describe(words, series, index -> firstMonth.plusMonths(index).format(MONTH),
				words.text("performance.signal.months"));
	}

	/** Describes any series, naming point {@code i} as {@code periodLabel.apply(i)}, e.g. "week 4". */
	public String describe(String series, IntFunction<String> periodLabel) {
		Wording words = Wording.english();
		return describe(words, series, periodLabel, words.text("performance.signal.periods"));
	}

	private String describe(Wording words, String series, IntFunction<String> periodLabel, String periods) {
		String side = direction == Direction.HIGH ? "high" : "low";
		String last = periodLabel.apply(lastIndex);
		String span = words.text("performance.signal.span", String.valueOf(points()), periods,
				periodLabel.apply(firstIndex), last);
		return switch (rule) {
			case OUTSIDE_LIMITS -> words.text("performance.signal.outside-limits." + side, series, last, number(value),
					number(reference));
			case TWO_OF_THREE_BEYOND_TWO_SIGMA -> words.text("performance.signal.near-limit." + side, series, last,
					number(reference));
			case SHIFT -> words.text("performance.signal.shift." + side, series, number(reference), span);
			case TREND -> words.text("performance.signal.trend." + side, series, span);
		};
	}

	/** At most one decimal place, so 23 reads "23" and 18.44 reads "18.4". */
	static String number(double value) {
		DecimalFormat format = new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
