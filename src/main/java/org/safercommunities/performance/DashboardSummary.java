package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.performance.statistics.ControlChart;
import org.safercommunities.performance.statistics.SpcAnalysis;

import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard's overview for the home borough as a board pack shows it: each indicator with its status, the
 * months it covers, the change on the year before in words, its exceptions and its latest published commentary.
 * Figures only, no personal data; the same calculation as the overview page.
 */
@Component
public class DashboardSummary {

	private final Dashboard dashboard;

	private final Areas areas;

	private final CommentaryStore commentary;

	private final PerformanceSettings settings;

	private final MessageSource messages;

	DashboardSummary(Dashboard dashboard, Areas areas, CommentaryStore commentary, PerformanceSettings settings,
			MessageSource messages) {
		this.dashboard = dashboard;
		this.areas = areas;
		this.commentary = commentary;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * @param status the red, amber or green status in words ("No data" when there is none: unknown is not green)
	 * @param upTo the last month the figures cover, empty without data
	 * @param change the change on the year before in words, empty without data
	 * @param commentary the latest published commentary, empty when none
	 * @param page the indicator's dashboard page
	 */
	public record Line(String code, String name, String status, String upTo, String change, List<String> exceptions,
			String commentary, String page) {
	}

	/** An indicator a board pack can carry a chart of. */
	public record Choice(String code, String name) {
	}

	/**
	 * One month on an indicator's control chart: its value, the centre line, the process limits and whether a
	 * special cause was found there.
	 */
	public record ChartPoint(YearMonth month, double value, double centre, double lower, double upper,
			boolean signal) {
	}

	/**
	 * An indicator's control chart for the home borough, as its dashboard page draws it (XmR, all strands, the
	 * latest month held), with the months oldest first. No points when the figures cannot support a chart
	 * (fewer than two months of counts, or a percentage indicator): missing is not drawn as zero.
	 *
	 * @param held whether the dashboard holds any figures for it at all
	 */
	public record IndicatorChart(String code, String name, boolean held, List<ChartPoint> points, String page) {
	}

	/** Every indicator, in the dashboard's order, to choose a board pack's charts from. */
	public List<Choice> indicators() {
		return dashboard.allIndicators().stream().map(indicator -> new Choice(indicator.code(), indicator.name()))
			.toList();
	}

	/** The control charts of the chosen indicators (unknown codes are left out), in the dashboard's order. */
	public List<IndicatorChart> charts(Collection<String> codes) {
		AreaChoice area = areas.resolve(settings.homeBorough(), false);
		return dashboard.rows(area, Optional.empty(), new HashMap<>()).stream()
			.filter(row -> codes.contains(row.indicator().code()))
			.map(row -> new IndicatorChart(row.indicator().code(), row.indicator().name(),
					row.figures().isPresent() || row.ratio().isPresent(),
					row.figures().map(DashboardSummary::points).orElse(List.of()),
					"/staff/dashboard/" + row.indicator().code()))
			.toList();
	}

	private static List<ChartPoint> points(IndicatorFigures figures) {
		if (figures.chart().isEmpty() || figures.spc().isEmpty()) {
			return List.of();
		}
		ControlChart chart = figures.chart().get();
		SpcAnalysis spc = figures.spc().get();
		return java.util.stream.IntStream.range(0, chart.size())
			.mapToObj(i -> new ChartPoint(figures.chartMonths().get(i), chart.values().get(i), chart.centre(),
					chart.lowerLimit(i), chart.upperLimit(i), !spc.signalsAt(i).isEmpty()))
			.toList();
	}

	public List<Line> homeBorough() {
		AreaChoice area = areas.resolve(settings.homeBorough(), false);
		return dashboard.rows(area, Optional.empty(), new HashMap<>()).stream().map(row -> line(row, area)).toList();
	}

	private Line line(Dashboard.OverviewRow row, AreaChoice area) {
		Indicator indicator = row.indicator();
		Optional<YearMonth> upTo = row.figures().map(IndicatorFigures::periodEnd)
			.or(() -> row.ratio().map(RatioFigures::periodEnd));
		String change = row.figures().map(IndicatorFigures::changeInWords)
			.or(() -> row.ratio().map(RatioFigures::changeInWords)).orElse("");
		List<String> exceptions = row.figures().map(IndicatorFigures::exceptions).orElse(List.of());
		String latest = commentary.published(indicator.code(), area.code()).stream().findFirst()
			.map(Commentary::body).orElse("");
		return new Line(indicator.code(), indicator.name(), messages.getMessage(row.rag().messageKey(), null, Locale.UK),
				upTo.map(UkDates::month).orElse(""), change, exceptions, latest, "/staff/dashboard/" + indicator.code());
	}

}
