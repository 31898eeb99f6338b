package org.safercommunities.performance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A small line of monthly values as SVG polyline points, drawn on the server so it needs no JavaScript. */
final class Sparkline {

	static final int WIDTH = 120;

	static final int HEIGHT = 30;

	private Sparkline() {
	}

	/** The {@code points} attribute of a polyline in a {@value #WIDTH} × {@value #HEIGHT} box; empty for none. */
	static String points(List<? extends Number> values) {
		if (values.size() < 2) {
			return "";
		}
		double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(0);
		double min = values.stream().mapToDouble(Number::doubleValue).min().orElse(0);
		double span = (max == min) ? 1 : max - min;
		double step = (WIDTH - 2.0) / (values.size() - 1);
		return IntStream.range(0, values.size())
			.mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", 1 + i * step,
					HEIGHT - 2 - (values.get(i).doubleValue() - min) / span * (HEIGHT - 4)))
			.collect(Collectors.joining(" "));
	}

}
