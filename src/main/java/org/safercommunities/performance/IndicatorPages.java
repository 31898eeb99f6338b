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
		Optional<RatioFigures> ratio = dashboard.ratio(indicator, area, strand, period);
		Optional<YearMonth> periodEnd = figures.map(IndicatorFigures::periodEnd).or(() -> ratio.map(RatioFigures::periodEnd));
		Optional<Commentary> draft = periodEnd.flatMap(end -> commentary.draft(code, area.code(), end));
		List<Commentary> published = commentary.published(code, area.code());
		boolean moved = period.isPresent() && periodEnd.isPresent() && !period.get().equals(periodEnd.get());
		IndicatorCoverage.AreaCoverage covered = dashboard.coverage(indicator, area);
		List<YearMonth> periods = covered.isEmpty() ? List.of()
				: Dashboard.periodChoices(java.util.Map.of(code, covered.range()));
		return Optional.of(new IndicatorPage(indicator, area, dashboard.areas().choicesFor(indicator), strand, strands,
				period, periods, laney, figures, benchmark, wards, figures.map(IndicatorPages::rollingRows).orElse(List.of()),
				figures.map(IndicatorPages::spcRows).orElse(List.of()), draft, published, moved,
				covered.heldOtherTypes().isEmpty() ? null
						: String.join("; ", new java.util.TreeSet<>(covered.heldOtherTypes().values())),
				ratio, ratio.map(this::ratioRows).orElse(List.of())));
	}

	/** The months of a percentage in words, as every staff page, in English (the figures are cached in English). */
	private List<IndicatorPage.RatioRow> ratioRows(RatioFigures ratio) {
		org.safercommunities.performance.statistics.Wording words = Words.of(messages, Locale.UK);
		List<IndicatorPage.RatioRow> rows = new ArrayList<>();
		for (int i = 0; i < ratio.thisYearMonths().size(); i++) {
			RatioFigures.Month thisMonth = ratio.thisYearMonths().get(i);
			RatioFigures.Month lastMonth = ratio.lastYearMonths().get(i);
			rows.add(new IndicatorPage.RatioRow(UkDates.shortMonth(thisMonth.month()),
					RatioCalculator.monthInWords(words, thisMonth), UkDates.shortMonth(lastMonth.month()),
					RatioCalculator.monthInWords(words, lastMonth)));
		}
		return rows;
	}

	/** A draft written from the figures, for the analyst to edit, in the analyst's language. */
	Optional<String> generatedDraft(IndicatorPage page, Locale locale) {
		org.safercommunities.performance.statistics.Wording words = Words.of(messages, locale);
		return page.figures().map(figures -> DraftCommentary.write(words, page.indicator(), page.area().name(), figures,
				page.benchmark()))
			.or(() -> page.ratio().map(ratio -> words.text("performance.ratio.draft", page.indicator().name(),
					page.area().name(), UkDates.month(ratio.periodEnd()), RatioCalculator.inWords(words, ratio.thisYear()),
					ratio.changeInWords())));
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
