package org.safercommunities.performance;

import org.safercommunities.shared.UkDates;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safercommunities.performance.statistics.ControlChart;
import org.safercommunities.performance.statistics.MonthlyCount;
import org.safercommunities.performance.statistics.SpcAnalysis;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts an indicator page together from the dashboard's figures, benchmarks, the ward map and commentary. */
@Component
class IndicatorPages {

	private final Dashboard dashboard;

	private final Benchmarks benchmarks;

	private final WardMap wardMap;

	private final CommentaryStore commentary;

	private final FigureCache cache;

	private final MessageSource messages;

	IndicatorPages(Dashboard dashboard, Benchmarks benchmarks, WardMap wardMap, CommentaryStore commentary,
			FigureCache cache, MessageSource messages) {
		this.cache = cache;
		this.messages = messages;
		this.dashboard = dashboard;
		this.benchmarks = benchmarks;
		this.wardMap = wardMap;
		this.commentary = commentary;
	}

	Optional<IndicatorPage> page(String code, Optional<YearMonth> period, String areaCode, String strandCode,
			boolean laney) {
		Optional<Indicator> found = dashboard.indicator(code);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Indicator indicator = found.get();
		AreaChoice area = dashboard.areas().resolve(areaCode, indicator.hasWards());
		List<String> strandCodes = dashboard.strands(indicator);
		String strand = strandCodes.contains(strandCode) ? strandCode : Indicator.ALL_STRANDS;
		List<IndicatorPage.Choice> strands = new ArrayList<>();
		strands.add(new IndicatorPage.Choice(Indicator.ALL_STRANDS, dashboard.strandLabel(indicator, Indicator.ALL_STRANDS)));
		strandCodes.forEach(s -> strands.add(new IndicatorPage.Choice(s, dashboard.strandLabel(indicator, s))));
		Optional<IndicatorFigures> figures = dashboard.figures(indicator, area, strand, period, laney);
		Optional<Benchmark> benchmark = figures.isPresent() && area.type() == AreaType.BOROUGH
				? cache.get(List.of("benchmark", code, strand, area.code(), figures.get().periodEnd()),
						() -> benchmarks.of(indicator, strand, area.code(), figures.get().periodEnd()))
				: Optional.empty();
		boolean homeArea = area.type() == AreaType.WARD || area.code().equals(dashboard.areas().home().code());
		List<WardMap.WardRate> wards = figures.isPresent() && indicator.hasWards() && homeArea
				? cache.get(List.of("wards", code, strand, figures.get().periodEnd()),
						() -> wardMap.of(indicator, strand, figures.get().periodEnd()))
				: List.of();
		Optional<Commentary> draft = figures.flatMap(f -> commentary.draft(code, area.code(), f.periodEnd()));
		List<Commentary> published = commentary.published(code, area.code());
		boolean moved = period.isPresent() && figures.isPresent() && !period.get().equals(figures.get().periodEnd());
		IndicatorCoverage.AreaCoverage covered = dashboard.coverage(indicator, area);
		List<YearMonth> periods = covered.isEmpty() ? List.of()
				: Dashboard.periodChoices(java.util.Map.of(code, covered.range()));
		return Optional.of(new IndicatorPage(indicator, area, dashboard.areas().choicesFor(indicator), strand, strands,
				period, periods, laney, figures, benchmark, wards, figures.map(IndicatorPages::rollingRows).orElse(List.of()),
				figures.map(IndicatorPages::spcRows).orElse(List.of()), draft, published, moved,
				covered.heldOtherTypes().isEmpty() ? null
						: String.join("; ", new java.util.TreeSet<>(covered.heldOtherTypes().values()))));
	}

	/** A draft written from the figures, for the analyst to edit, in the analyst's language. */
	Optional<String> generatedDraft(IndicatorPage page, Locale locale) {
		return page.figures().map(figures -> DraftCommentary.write(Words.of(messages, locale), page.indicator(),
				page.area().name(), figures, page.benchmark()));
	}

	private static List<IndicatorPage.RollingRow> rollingRows(IndicatorFigures figures) {
		List<IndicatorPage.RollingRow> rows = new ArrayList<>();
		List<MonthlyCount> thisYear = figures.rolling().thisYearMonths();
		List<MonthlyCount> lastYear = figures.rolling().lastYearMonths();
		for (int i = 0; i < thisYear.size(); i++) {
			rows.add(new IndicatorPage.RollingRow(UkDates.shortMonth(thisYear.get(i).month()),
					countIfCovered(figures, thisYear.get(i)), UkDates.shortMonth(lastYear.get(i).month()),
					countIfCovered(figures, lastYear.get(i))));
		}
		return rows;
	}

	private static Long countIfCovered(IndicatorFigures figures, MonthlyCount month) {
		return figures.coverage().covers(month.month()) ? month.count() : null;
	}

	private static List<IndicatorPage.SpcRow> spcRows(IndicatorFigures figures) {
		List<IndicatorPage.SpcRow> rows = new ArrayList<>();
		if (figures.chart().isEmpty()) {
			return rows;
		}
		ControlChart chart = figures.chart().get();
		SpcAnalysis spc = figures.spc().orElseThrow();
		for (int i = 0; i < chart.size(); i++) {
			rows.add(new IndicatorPage.SpcRow(UkDates.shortMonth(figures.chartMonths().get(i)),
					decimal(chart.values().get(i)), decimal(chart.centre()), decimal(chart.lowerLimit(i)),
					decimal(chart.upperLimit(i)), !spc.signalsAt(i).isEmpty()));
		}
		return rows;
	}

	private static String decimal(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

}
