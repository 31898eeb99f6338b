package org.safercommunities.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.safercommunities.shared.IndicatorCounts;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement for the board pack and the annual report (seed 001 4.5.5: "87 staff at 7 organisations", "signed up
 * 32 Hate Crime Reporting Champions"): frontline staff trained and their organisations, residents' workshops,
 * awareness events held and the residents engaged at them, champions signed up.
 */
@Component
class EngagementPeriodFigures implements PeriodFigures {

	private final TrainingSessionRepository sessions;

	private final AwarenessEventRepository events;

	private final ChampionRepository champions;

	private final EngagementCounts counts;

	EngagementPeriodFigures(TrainingSessionRepository sessions, AwarenessEventRepository events,
			ChampionRepository champions, EngagementCounts counts) {
		this.sessions = sessions;
		this.events = events;
		this.champions = champions;
		this.counts = counts;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return counts.monthsHeld().map(IndicatorCounts.Months::first).map(month -> month.atDay(1));
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.ENGAGEMENT;
	}

	/** Counts only, no names: open to whoever makes the paper (the staff pages' roles guard the records). */
	@Override
	@Transactional(readOnly = true)
	public List<FigureBlock> figures(ReportPeriod period) {
		EngagementSummary now = summary(period.from(), period.to());
		// The dashboard's months held: the first record's month, so a record later in that month still counts as held.
		Optional<LocalDate> first = counts.monthsHeld().map(IndicatorCounts.Months::first).map(month -> month.atDay(1));
		// Counted whether held or not (a cheap query); given only when held.
		EngagementSummary before = summary(period.yearBefore().from(), period.yearBefore().to());
		String source = "/staff/engagement?year=" + startOfFinancialYear(period);
		Counted counted = (code, labelKey, figure) -> new FigureBlock.Count(code, labelKey, figure.applyAsLong(now),
				FigureBlock.Count.previousIfHeld(first, period, () -> figure.applyAsLong(before)), source);
		return List.of(
				counted.count("engagement.staff-trained", "engagement.summary.staff", EngagementSummary::staffTrained),
				counted.count("engagement.staff-organisations", "engagement.figures.staff-organisations",
						EngagementSummary::organisationsTrained),
				counted.count("engagement.workshops", "engagement.summary.workshops", EngagementSummary::workshops),
				counted.count("engagement.residents-trained", "engagement.figures.residents-trained",
						EngagementSummary::residentsTrained),
				counted.count("engagement.events", "engagement.summary.events", summary -> summary.events().size()),
				counted.count("engagement.residents-engaged", "engagement.summary.residents-engaged",
						EngagementSummary::residentsEngaged),
				counted.count("engagement.champions", "engagement.figures.champions", EngagementSummary::champions));
	}

	private EngagementSummary summary(LocalDate from, LocalDate to) {
		return EngagementSummary.between(sessions, events, champions, from, to);
	}

	private interface Counted {

		FigureBlock count(String code, String labelKey, ToLongFunction<EngagementSummary> figure);

	}

	private static int startOfFinancialYear(ReportPeriod period) {
		return period.from().getMonthValue() >= 4 ? period.from().getYear() : period.from().getYear() - 1;
	}

}
