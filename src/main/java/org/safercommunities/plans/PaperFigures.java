package org.safercommunities.plans;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.performance.IndicatorTotals;
import org.safercommunities.performance.IndicatorTotals.StrandTotals;
import org.safercommunities.shared.UkDates;
import org.springframework.stereotype.Component;

/**
 * Every module's figures for a period, by topic, plus police recorded hate crime by strand from the dashboard's
 * open data. Plans counts nothing itself: each figure is the owning module's, through {@link PeriodFigures}.
 */
@Component
class PaperFigures {

	static final String POLICE_HATE_CRIME = "police-hate-crime";

	private final List<PeriodFigures> sources;

	private final IndicatorTotals totals;

	PaperFigures(List<PeriodFigures> sources, IndicatorTotals totals) {
		this.sources = sources;
		this.totals = totals;
	}

	/** Each topic's figures in the paper's words, topics in report order; a topic with no figures is absent. */
	Map<ReportTopic, List<Paper.Block>> between(ReportPeriod period, FigureWording wording, String baseUrl) {
		Map<ReportTopic, List<Paper.Block>> byTopic = new EnumMap<>(ReportTopic.class);
		policeHateCrime(period, wording, baseUrl)
			.ifPresent(table -> byTopic.computeIfAbsent(ReportTopic.HATE_CRIME, topic -> new ArrayList<>()).add(table));
		for (PeriodFigures source : sources) {
			List<FigureBlock> blocks = source.figures(period);
			List<Paper.Block> worded = byTopic.computeIfAbsent(source.topic(), topic -> new ArrayList<>());
			Optional<java.time.LocalDate> first = source.recordsFrom();
			String page = blocks.isEmpty() ? "/staff" : blocks.get(0).source();
			if (first.isEmpty() || first.get().isAfter(period.to())) {
				// Nothing held for the period: no zeros, one line saying so.
				worded.add(new Paper.Line(source.topic().name().toLowerCase(java.util.Locale.ROOT) + ".not-held",
						wording.message("plans.paper.none-held", wording.message(source.topic().messageKey())),
						baseUrl + page));
				continue;
			}
			if (first.get().isAfter(period.from())) {
				worded.add(new Paper.Line(source.topic().name().toLowerCase(java.util.Locale.ROOT) + ".partly-held",
						wording.message("plans.paper.partly-held", wording.message(source.topic().messageKey()),
								UkDates.day(first.get()), UkDates.day(period.to())),
						baseUrl + page));
			}
			blocks.forEach(block -> worded.add(wording.block(block, baseUrl)));
		}
		return byTopic;
	}

	/**
	 * Police recorded hate crime by strand in the period's months beside the same months a year before. The title
	 * says which months each column adds up, since police data arrives months late and may start after the year.
	 */
	Optional<Paper.Table> policeHateCrime(ReportPeriod period, FigureWording wording, String baseUrl) {
		YearMonth from = YearMonth.from(period.from());
		YearMonth to = YearMonth.from(period.to());
		Optional<StrandTotals> found = totals.boroughByStrand(POLICE_HATE_CRIME, from, to);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		StrandTotals now = found.get();
		StrandTotals before = totals.boroughByStrand(POLICE_HATE_CRIME, now.firstHeld().minusYears(1),
				now.lastHeld().minusYears(1)).orElse(null);
		boolean comparable = before != null && before.covers(now.firstHeld().minusYears(1), now.lastHeld().minusYears(1));
		List<List<String>> rows = new ArrayList<>();
		now.byStrand().forEach((strand, count) -> {
			Long previous = comparable ? before.byStrand().getOrDefault(strand, 0L) : null;
			rows.add(List.of(strand, wording.number(count),
					previous == null ? wording.message("plans.paper.not-held") : wording.number(previous),
					wording.change(count, previous)));
		});
		String title = wording.message("plans.paper.police.title", UkDates.month(now.firstHeld()),
				UkDates.month(now.lastHeld()),
				now.covers(from, to) ? "" : wording.message("plans.paper.police.part"));
		return Optional.of(new Paper.Table("hate-crime.police-by-strand", title.strip(),
				List.of(wording.message("plans.paper.police.strand"), wording.message("plans.paper.police.count"),
						wording.message("plans.paper.police.before"), wording.message("plans.paper.police.change")),
				rows, wording.message("plans.paper.police.none"), baseUrl + now.page()));
	}

}
