package org.safercommunities.plans;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.safercommunities.performance.DashboardSummary.ChartPoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The board pack's control chart: well-formed SVG, a point per month, gaps for missing months, words escaped. */
class ChartSvgTests {

	private static final ChartSvg.Words WORDS = new ChartSvg.Words("Hate crime <b>&</b> \"incidents\"",
			"Twelve months", "Monthly value", "Mean", "Process limits", "Special cause");

	@Test
	void everyMonthIsAPointAndASpecialCauseIsADiamondNotOnlyAColour() throws Exception {
		List<ChartPoint> points = List.of(point(2025, 1, 10, false), point(2025, 2, 12, false),
				point(2025, 3, 30, true), point(2025, 4, 11, false));
		Document svg = parse(ChartSvg.draw("c1", points, WORDS));

		assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
		assertThat(svg.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo("c1-title c1-desc");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.as("the title is escaped in the markup and reads as typed").isEqualTo("Hate crime <b>&</b> \"incidents\"");
		assertThat(byClass(svg, "circle", "chart-point")).as("ordinary months").isEqualTo(3);
		assertThat(byClass(svg, "path", "chart-signal")).as("the special cause").isEqualTo(1);
		assertThat(valueLines(svg)).as("one unbroken line through four consecutive months").isEqualTo(1);
	}

	@Test
	void aMonthWithoutFiguresIsAGapPlacedByDateNotAFallToZero() throws Exception {
		List<ChartPoint> points = List.of(point(2025, 1, 10, false), point(2025, 2, 12, false),
				point(2025, 5, 11, false), point(2025, 6, 9, false));
		assertThat(ChartSvg.runsOfConsecutiveMonths(points)).extracting(List::size).containsExactly(2, 2);
		Document svg = parse(ChartSvg.draw("c2", points, WORDS));
		assertThat(valueLines(svg)).as("the line breaks at March and April").isEqualTo(2);

		NodeList circles = svg.getElementsByTagName("circle");
		double january = x(circles, 0), february = x(circles, 1), may = x(circles, 2);
		assertThat(may - january).as("May is four months after January, not two")
			.isCloseTo(4 * (february - january), org.assertj.core.data.Offset.offset(0.5));
		assertThat(PaperBuilder.missingMonths(points)).containsExactly("March 2025", "April 2025");
	}

	@Test
	void aLowerLimitBelowZeroIsDrawnOnTheAxisAndTheAxisReachesTheHighestLimit() {
		ChartSvg.Scale scale = ChartSvg.Scale.of(List.of(new ChartPoint(YearMonth.of(2025, 1), 3, 4, -2.5, 11.2, false),
				new ChartPoint(YearMonth.of(2025, 2), 5, 4, -2.5, 11.2, false)));
		assertThat(scale.min()).isZero();
		assertThat(scale.max()).isGreaterThanOrEqualTo(11.2);
		assertThat(scale.clamp(-2.5)).isZero();
		assertThat(ChartSvg.Scale.niceStep(0.37)).isEqualTo(0.5);
		assertThat(ChartSvg.Scale.niceStep(13)).isEqualTo(20);
		assertThat(scale.ticks()).first().isEqualTo(0.0);
	}

	@Test
	void aChartNeedsTwoMonths() {
		assertThatThrownBy(() -> ChartSvg.draw("c3", List.of(point(2025, 1, 1, false)), WORDS))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void thePngForTheWordDocumentIsDrawnWithTheLineInItsBlue() throws Exception {
		String svg = ChartSvg.draw("c4", List.of(point(2025, 1, 10, false), point(2025, 2, 20, false),
				point(2025, 3, 15, false)), WORDS);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(ChartSvg.png(svg, 1280)));
		assertThat(image.getWidth()).isEqualTo(1280);
		assertThat(image.getHeight()).isEqualTo(1280 * ChartSvg.HEIGHT / ChartSvg.WIDTH);
		assertThat(bluePixels(image)).as("pixels of the value line (#1d70b8)").isGreaterThan(500);
	}

	@Test
	void wholeNumbersLoseTheirPoint() {
		assertThat(PaperBuilder.oneDecimal(1234)).isEqualTo("1,234");
		assertThat(PaperBuilder.oneDecimal(12.345)).isEqualTo("12.3");
		assertThat(PaperBuilder.oneDecimal(-0.25)).isEqualTo("-0.3");
	}

	static long bluePixels(BufferedImage image) {
		long count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int red = (rgb >> 16) & 0xff, green = (rgb >> 8) & 0xff, blue = rgb & 0xff;
				if (Math.abs(red - 0x1d) < 30 && Math.abs(green - 0x70) < 30 && Math.abs(blue - 0xb8) < 30) {
					count++;
				}
			}
		}
		return count;
	}

	private static ChartPoint point(int year, int month, double value, boolean signal) {
		return new ChartPoint(YearMonth.of(year, month), value, 12, 2, 25, signal);
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	private static int byClass(Document svg, String tag, String className) {
		NodeList nodes = svg.getElementsByTagName(tag);
		int count = 0;
		for (int i = 0; i < nodes.getLength(); i++) {
			if (className.equals(((Element) nodes.item(i)).getAttribute("class"))) {
				count++;
			}
		}
		return count;
	}

	/** Polylines in the value line's blue. */
	private static int valueLines(Document svg) {
		NodeList lines = svg.getElementsByTagName("polyline");
		int count = 0;
		for (int i = 0; i < lines.getLength(); i++) {
			if ("#1d70b8".equals(((Element) lines.item(i)).getAttribute("stroke"))) {
				count++;
			}
		}
		return count;
	}

	private static double x(NodeList circles, int index) {
		return Double.parseDouble(((Element) circles.item(index)).getAttribute("cx"));
	}

}
