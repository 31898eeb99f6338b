package org.safercommunities.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.safercommunities.shared.IndicatorCounts;
import org.safercommunities.shared.UkDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What victims told us, for the board pack and the annual report: the survey answers in the period, those happy with
 * the support, and the share of answers for each measure the dashboard shows, counted as {@link FeedbackCounts}
 * counts them. No answers in a period is no share (a blank), not 0%.
 */
@Component
class FeedbackPeriodFigures implements PeriodFigures {

	/** The measures of the shares table and the short names the staff list gives them. */
	private static final Map<String, String> SHARES = new LinkedHashMap<>();

	static {
		SHARES.put(FeedbackCounts.SATISFIED, "feedback-staff.short.support");
		SHARES.put(FeedbackCounts.LISTENED, "feedback-staff.short.listened-to");
		SHARES.put(FeedbackCounts.INFORMED, "feedback-staff.short.kept-informed");
		SHARES.put(FeedbackCounts.REPORT_AGAIN, "feedback-staff.short.report-again");
	}

	private final FeedbackResponseRepository responses;

	private final MessageSource messages;

	FeedbackPeriodFigures(FeedbackResponseRepository responses, MessageSource messages) {
		this.responses = responses;
		this.messages = messages;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return responses.findFirstByOrderByAnsweredOnAsc().map(FeedbackResponse::getAnsweredOn);
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.VICTIM_FEEDBACK;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureBlock> figures(ReportPeriod period) {
		Map<String, Long> now = measures(period);
		Map<String, Long> counted = measures(period.yearBefore());
		Optional<LocalDate> first = responses.findFirstByOrderByAnsweredOnAsc().map(FeedbackResponse::getAnsweredOn);
		Long answersBefore = FigureBlock.Count.previousIfHeld(first, period, () -> counted.get(IndicatorCounts.ALL));
		Map<String, Long> before = answersBefore == null ? null : counted;
		String source = "/staff/dashboard/victim-satisfaction?period=" + UkDates.monthParam(YearMonth.from(period.to()));
		List<List<String>> rows = new ArrayList<>();
		SHARES.forEach((measure, labelKey) -> rows.add(List.of(messages.getMessage(labelKey, null, Locale.UK),
				share(now, measure), before == null ? "" : share(before, measure))));
		return List.of(
				new FigureBlock.Count("feedback.answers", "feedback-staff.figures.answers", now.get(IndicatorCounts.ALL),
						answersBefore, source),
				new FigureBlock.Count("feedback.satisfied", "feedback-staff.figures.satisfied",
						now.get(FeedbackCounts.SATISFIED), before == null ? null : before.get(FeedbackCounts.SATISFIED),
						source),
				new FigureBlock.Table("feedback.shares", "feedback-staff.figures.shares",
						List.of("feedback-staff.figures.measure", "feedback-staff.figures.this-period",
								"feedback-staff.figures.year-before"),
						rows, "feedback-staff.figures.none", source));
	}

	/** The answers in the period ({@link IndicatorCounts#ALL}) and of them those counting in each measure. */
	private Map<String, Long> measures(ReportPeriod period) {
		Map<String, Long> counts = new LinkedHashMap<>();
		counts.put(IndicatorCounts.ALL, 0L);
		SHARES.keySet().forEach(measure -> counts.put(measure, 0L));
		for (FeedbackResponse answer : responses.findByAnsweredOnBetween(period.from(), period.to())) {
			for (String measure : FeedbackCounts.measuresOf(answer)) {
				counts.computeIfPresent(measure, (key, count) -> count + 1);
			}
		}
		return counts;
	}

	/** A whole percentage, rounded half up; blank when there were no answers. */
	private String share(Map<String, Long> counts, String measure) {
		long answers = counts.get(IndicatorCounts.ALL);
		if (answers == 0) {
			return "";
		}
		long percent = (counts.get(measure) * 200 + answers) / (answers * 2);
		return messages.getMessage("feedback-staff.figures.percent", new Object[] { percent }, Locale.UK);
	}

}
