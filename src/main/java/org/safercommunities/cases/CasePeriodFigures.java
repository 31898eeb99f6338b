package org.safercommunities.cases;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.safercommunities.shared.UkDates;
import org.springframework.stereotype.Component;

/**
 * Cases logged by the Community Safety Team for the board pack and the annual report (seed 001 4.1.1: "3602 cases
 * between Apr 2022 – Mar 2023 … the previous reporting year of 2495"), and by case type (its Fig. 2). The source is
 * the dashboard's cases-opened indicator at the period's last month.
 */
@Component
class CasePeriodFigures implements PeriodFigures {

	private final CaseCounts counts;

	private final CaseTypes types;

	CasePeriodFigures(CaseCounts counts, CaseTypes types) {
		this.counts = counts;
		this.types = types;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return counts.firstOpened();
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.CASES;
	}

	@Override
	public List<FigureBlock> figures(ReportPeriod period) {
		Optional<LocalDate> first = counts.firstOpened();
		Map<String, Long> now = counts.openedByType(period.from(), period.endExclusive());
		Map<String, Long> counted = counts.openedByType(period.yearBefore().from(), period.yearBefore().endExclusive());
		Long previousTotal = FigureBlock.Count.previousIfHeld(first, period, () -> sum(counted));
		// Missing, not zero, type by type too, when the cases do not reach back to the year before.
		Map<String, Long> before = previousTotal == null ? null : counted;
		String source = "/staff/dashboard/cases-opened?period=" + UkDates.monthParam(YearMonth.from(period.to()));
		List<List<String>> rows = new ArrayList<>();
		for (CaseType type : types.all()) {
			long current = now.getOrDefault(type.getCode(), 0L);
			Long previous = before == null ? null : before.getOrDefault(type.getCode(), 0L);
			if (current > 0 || (previous != null && previous > 0)) {
				rows.add(List.of(type.getName(), String.valueOf(current), previous == null ? "" : String.valueOf(previous)));
			}
		}
		return List.of(
				new FigureBlock.Count("cases.logged", "cases.figures.logged", sum(now), previousTotal, source),
				new FigureBlock.Table("cases.logged-by-type", "cases.figures.by-type",
						List.of("cases.figures.type", "cases.figures.this-period", "cases.figures.year-before"), rows,
						"cases.figures.none", source));
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
