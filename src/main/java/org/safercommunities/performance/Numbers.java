package org.safercommunities.performance;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the dashboard writes them: thousands separated, at most the decimals that mean something. */
final class Numbers {

	private Numbers() {
	}

	static String whole(long value) {
		return format("#,##0", value);
	}

	static String oneDecimal(double value) {
		return format("#,##0.0", value);
	}

	static String twoDecimals(double value) {
		return format("#,##0.00", value);
	}

	/** "p = 0.042", or "p < 0.001" (never "p = < 0.001"). */
	static String pEquals(double p) {
		return (p < 0.001) ? "p < 0.001" : "p = " + format("0.000", p);
	}

	private static String format(String pattern, double value) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
