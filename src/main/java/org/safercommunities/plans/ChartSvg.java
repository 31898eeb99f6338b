package org.safercommunities.plans;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.safercommunities.performance.DashboardSummary.ChartPoint;
import org.safercommunities.shared.UkDates;

/**
 * An indicator's control chart as SVG for a board pack: the monthly values, the mean and the process limits, with
 * special causes marked by shape as well as colour. The same markup goes inline into the page and the PDF (Batik
 * draws it there) and, as a PNG, into the Word document. Months are placed by date, so a month without data is a
 * gap in the line, never a fall to zero. Only presentation attributes are used (the pages' CSP allows no inline
 * style), and every word is escaped.
 */
final class ChartSvg {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	private static final int LEFT = 60, RIGHT = 20, TOP = 16, BOTTOM = 80;

	private static final String INK = "#0b0c0c", GREY = "#505a5f", GRID = "#b1b4b6", BLUE = "#1d70b8",
			RED = "#d4351c";

	/** The chart's words: its title and description for screen readers, and the legend. */
	record Words(String title, String description, String values, String mean, String limits, String signal) {
	}

	private ChartSvg() {
	}

	/** The SVG of the points (oldest first, at least two), its title and description named by {@code id}. */
	static String draw(String id, List<ChartPoint> points, Words words) {
		if (points.size() < 2) {
			throw new IllegalArgumentException("A chart needs at least two months, not " + points.size());
		}
		Scale scale = Scale.of(points);
		YearMonth first = points.get(0).month();
		long span = Math.max(1, first.until(points.get(points.size() - 1).month(), ChronoUnit.MONTHS));
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		java.util.function.ToDoubleFunction<YearMonth> x = month -> LEFT + first.until(month, ChronoUnit.MONTHS) * plotWidth / span;
		java.util.function.DoubleUnaryOperator y = value -> TOP + plotHeight * (1 - scale.fraction(value));

		StringBuilder svg = new StringBuilder(4096);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"paper-chart\" width=\"").append(WIDTH)
			.append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
			.append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
			.append("<title id=\"").append(id).append("-title\">").append(escape(words.title())).append("</title>")
			.append("<desc id=\"").append(id).append("-desc\">").append(escape(words.description())).append("</desc>")
			.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
			.append("\" fill=\"#ffffff\"/>");
		// The value axis: gridlines with their labels
		for (double tick : scale.ticks()) {
			double at = y.applyAsDouble(tick);
			line(svg, LEFT, at, WIDTH - RIGHT, at, GRID, 1, null);
			text(svg, LEFT - 6, at + 4, "end", scale.label(tick));
		}
		line(svg, LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight, GREY, 1, null);
		// The month axis: a label every few months so they never overlap
		int every = (int) Math.max(1, Math.ceil((span + 1) / 8.0));
		for (long month = 0; month <= span; month += every) {
			double at = LEFT + month * plotWidth / span;
			line(svg, at, TOP + plotHeight, at, TOP + plotHeight + 4, GREY, 1, null);
			text(svg, at, TOP + plotHeight + 18, "middle", UkDates.shortMonth(first.plusMonths(month)));
		}
		// Mean and limits follow the points (attribute charts' limits step with exposure)
		polyline(svg, points, x, point -> y.applyAsDouble(scale.clamp(point.upper())), GREY, 1.5, "6 4");
		polyline(svg, points, x, point -> y.applyAsDouble(scale.clamp(point.lower())), GREY, 1.5, "6 4");
		polyline(svg, points, x, point -> y.applyAsDouble(point.centre()), INK, 1.5, null);
		// The values, one line per run of consecutive months
		List<List<ChartPoint>> runs = runsOfConsecutiveMonths(points);
		for (List<ChartPoint> run : runs) {
			if (run.size() > 1) {
				polyline(svg, run, x, point -> y.applyAsDouble(point.value()), BLUE, 2.5, null);
			}
		}
		for (ChartPoint point : points) {
			double px = x.applyAsDouble(point.month()), py = y.applyAsDouble(point.value());
			if (point.signal()) {
				// A special cause: a larger red diamond, so it is told apart without colour
				svg.append("<path class=\"chart-signal\" d=\"M").append(f(px)).append(' ').append(f(py - 7))
					.append(" L").append(f(px + 7)).append(' ').append(f(py)).append(" L").append(f(px)).append(' ')
					.append(f(py + 7)).append(" L").append(f(px - 7)).append(' ').append(f(py)).append(" Z\" fill=\"")
					.append(RED).append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
			}
			else {
				svg.append("<circle class=\"chart-point\" cx=\"").append(f(px)).append("\" cy=\"").append(f(py))
					.append("\" r=\"3.5\" fill=\"").append(BLUE).append("\"/>");
			}
		}
		legend(svg, words, TOP + plotHeight + 44);
		return svg.append("</svg>").toString();
	}

	/**
	 * The chart as a PNG {@code width} pixels wide, for the Word document (Word's own SVG support needs a PNG
	 * beside it anyway). No script runs and nothing outside the markup is fetched.
	 */
	static byte[] png(String svg, int width) {
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) width);
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
		transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("A chart could not be drawn as PNG", ex);
		}
		return png.toByteArray();
	}

	/** Points split where a month is missing between two of them. */
	static List<List<ChartPoint>> runsOfConsecutiveMonths(List<ChartPoint> points) {
		List<List<ChartPoint>> runs = new ArrayList<>();
		List<ChartPoint> run = new ArrayList<>();
		for (ChartPoint point : points) {
			if (!run.isEmpty() && !run.get(run.size() - 1).month().plusMonths(1).equals(point.month())) {
				runs.add(run);
				run = new ArrayList<>();
			}
			run.add(point);
		}
		runs.add(run);
		return runs;
	}

	private static void legend(StringBuilder svg, Words words, double at) {
		double left = LEFT;
		line(svg, left, at, left + 24, at, BLUE, 2.5, null);
		text(svg, left + 30, at + 4, "start", words.values());
		left += 150;
		line(svg, left, at, left + 24, at, INK, 1.5, null);
		text(svg, left + 30, at + 4, "start", words.mean());
		left += 110;
		line(svg, left, at, left + 24, at, GREY, 1.5, "6 4");
		text(svg, left + 30, at + 4, "start", words.limits());
		left += 150;
		svg.append("<path d=\"M").append(f(left + 12)).append(' ').append(f(at - 7)).append(" L").append(f(left + 19))
			.append(' ').append(f(at)).append(" L").append(f(left + 12)).append(' ').append(f(at + 7)).append(" L")
			.append(f(left + 5)).append(' ').append(f(at)).append(" Z\" fill=\"").append(RED).append("\" stroke=\"")
			.append(INK).append("\" stroke-width=\"1\"/>");
		text(svg, left + 30, at + 4, "start", words.signal());
	}

	private static void polyline(StringBuilder svg, List<ChartPoint> points,
			java.util.function.ToDoubleFunction<YearMonth> x, java.util.function.ToDoubleFunction<ChartPoint> y,
			String colour, double width, String dashes) {
		svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(f(width))
			.append('"');
		if (dashes != null) {
			svg.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		svg.append(" points=\"");
		for (ChartPoint point : points) {
			svg.append(f(x.applyAsDouble(point.month()))).append(',').append(f(y.applyAsDouble(point))).append(' ');
		}
		svg.setLength(svg.length() - 1);
		svg.append("\"/>");
	}

	private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, double width,
			String dashes) {
		svg.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
			.append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
			.append(f(width)).append('"');
		if (dashes != null) {
			svg.append(" stroke-dasharray=\"").append(dashes).append('"');
		}
		svg.append("/>");
	}

	private static void text(StringBuilder svg, double x, double y, String anchor, String words) {
		svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
			.append("\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\" fill=\"").append(INK)
			.append("\">").append(escape(words)).append("</text>");
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	/** The value axis: from zero (or the lowest value, if below) to a round number above the highest value or limit. */
	record Scale(double min, double max, double step) {

		static Scale of(List<ChartPoint> points) {
			double low = points.stream().mapToDouble(ChartPoint::value).min().orElse(0);
			double high = points.stream().mapToDouble(point -> Math.max(point.value(), point.upper())).max().orElse(1);
			double min = Math.min(0, low);
			double step = niceStep((high - min) / 5);
			double max = Math.ceil(high / step) * step;
			if (max <= min) {
				max = min + step;
			}
			return new Scale(Math.floor(min / step) * step, max, step);
		}

		/** 1, 2 or 5 times a power of ten. */
		static double niceStep(double rough) {
			if (rough <= 0) {
				return 1;
			}
			double power = Math.pow(10, Math.floor(Math.log10(rough)));
			double fraction = rough / power;
			return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
		}

		double fraction(double value) {
			return (value - min) / (max - min);
		}

		/** Limits beyond the axis (a lower limit below zero) are drawn on its edge. */
		double clamp(double value) {
			return Math.max(min, Math.min(max, value));
		}

		List<Double> ticks() {
			List<Double> ticks = new ArrayList<>();
			for (double tick = min; tick <= max + step / 1000; tick += step) {
				ticks.add(tick);
			}
			return ticks;
		}

		String label(double tick) {
			int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : 2;
			return String.format(Locale.UK, "%,." + decimals + "f", tick);
		}

	}

}
