package org.safercommunities.marac;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The CS MARAC for the board pack and the annual report: the meetings held, and Table 1 (seed 001 4.1.4: each
 * meeting's cases heard, new and closed, and the averages per meeting, exact to three places).
 */
@Component
class MaracPeriodFigures implements PeriodFigures {

	private final MaracStatistics statistics;

	private final MessageSource messages;

	MaracPeriodFigures(MaracStatistics statistics, MessageSource messages) {
		this.statistics = statistics;
		this.messages = messages;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return statistics.firstMeeting();
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.MARAC;
	}

	@Override
	public List<FigureBlock> figures(ReportPeriod period) {
		MaracStatistics.Table table = statistics.table(period.from(), period.to());
		String source = "/staff/marac/statistics?year=" + startOfFinancialYear(period);
		Long before = FigureBlock.Count.previousIfHeld(statistics.firstMeeting(), period,
				() -> statistics.table(period.yearBefore().from(), period.yearBefore().to()).meetings().size());
		return List.of(
				new FigureBlock.Count("marac.meetings", "marac.figures.meetings", table.meetings().size(), before, source),
				new FigureBlock.Table("marac.table-1", "marac.figures.table", List.of("marac.statistics.meeting",
						"marac.statistics.heard", "marac.statistics.new", "marac.statistics.closed"), rows(table),
						"marac.figures.none", source));
	}

	/** One row a meeting, then the averages per meeting (none when no meeting was held). */
	private List<List<String>> rows(MaracStatistics.Table table) {
		List<List<String>> rows = new ArrayList<>();
		for (MaracStatistics.MeetingFigures meeting : table.meetings()) {
			rows.add(List.of(UkDates.day(meeting.heldOn()), String.valueOf(meeting.heard()),
					String.valueOf(meeting.newCases()), String.valueOf(meeting.closed())));
		}
		if (!table.meetings().isEmpty()) {
			rows.add(List.of(messages.getMessage("marac.statistics.average", null, Locale.UK),
					plain(table.averageHeard()), plain(table.averageNew()), plain(table.averageClosed())));
		}
		return rows;
	}

	private static String plain(BigDecimal average) {
		return average.toPlainString();
	}

	private static int startOfFinancialYear(ReportPeriod period) {
		return period.from().getMonthValue() >= 4 ? period.from().getYear() : period.from().getYear() - 1;
	}

}
