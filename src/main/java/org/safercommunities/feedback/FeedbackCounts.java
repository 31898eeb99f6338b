package org.safercommunities.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.safercommunities.feedback.SurveyAnswers.Again;
import org.safercommunities.feedback.SurveyAnswers.Support;
import org.safercommunities.feedback.SurveyAnswers.YesPartlyNo;
import org.safercommunities.shared.IndicatorCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What victims told us, for the dashboard (source {@code FEEDBACK}), by the month answered, for the borough and the
 * report's ward, for every strand and each strand of the report: the answers ({@link IndicatorCounts#ALL}), and of
 * them those who were happy with the support ({@link #SATISFIED}), felt listened to ({@link #LISTENED}), were kept
 * informed ({@link #INFORMED}) and would report again ({@link #REPORT_AGAIN}); and the answers and the satisfied by
 * the channel the report came through ({@code ALL_ONLINE}, {@code SATISFIED_ONLINE}, ...), so the percentage
 * indicators show the satisfaction gap by strand, ward and channel. The answers are encrypted, so they are counted
 * here after decryption rather than in SQL; there are few of them (one per case at most).
 */
@Component
class FeedbackCounts implements IndicatorCounts {

	static final String SOURCE = "FEEDBACK";

	static final String SATISFIED = "SATISFIED";

	static final String LISTENED = "LISTENED";

	static final String INFORMED = "INFORMED";

	static final String REPORT_AGAIN = "REPORT_AGAIN";

	private final FeedbackResponseRepository responses;

	private final JdbcClient jdbc;

	FeedbackCounts(FeedbackResponseRepository responses, JdbcClient jdbc) {
		this.responses = responses;
		this.jdbc = jdbc;
	}

	@Override
	public String source() {
		return SOURCE;
	}

	@Override
	public boolean ownRecords() {
		return true;
	}

	@Override
	public long changeMark() {
		return jdbc.sql("select count(*), coalesce(max(id), 0) from feedback_response")
			.query((rs, row) -> IndicatorCounts.mark(rs.getLong(1), rs.getLong(2))).single();
	}

	@Override
	public Optional<Months> monthsHeld() {
		return jdbc.sql("select min(answered_on), max(answered_on) from feedback_response")
			.query((rs, row) -> Months.held(rs)).single();
	}

	@Override
	@Transactional(readOnly = true)
	public void countMonths(Months months, Consumer<Count> counts) {
		LocalDate from = months.first().atDay(1);
		LocalDate to = months.last().plusMonths(1).atDay(1).minusDays(1);
		Map<Cell, Long> totals = new LinkedHashMap<>();
		for (FeedbackResponse answer : responses.findByAnsweredOnBetween(from, to)) {
			LocalDate month = answer.getAnsweredOn().withDayOfMonth(1);
			List<String> breakdowns = new ArrayList<>(answer.getStrands());
			breakdowns.add(ALL);
			for (String measure : measuresOf(answer)) {
				for (String breakdown : breakdowns) {
					IndicatorCounts.boroughAndWard(measure, answer.getWardCode(), breakdown, month, 1,
							one -> totals.merge(new Cell(one.measure(), one.level(), one.area(), one.breakdown(), month),
									one.count(), Long::sum));
				}
			}
		}
		totals.forEach((cell, count) -> counts.accept(
				new Count(cell.measure(), cell.level(), cell.area(), cell.breakdown(), cell.month(), count)));
	}

	private record Cell(String measure, Level level, String area, String breakdown, LocalDate month) {
	}

	/** The measures one answer counts in. */
	static List<String> measuresOf(FeedbackResponse answer) {
		List<String> measures = new ArrayList<>(List.of(ALL, ALL + "_" + answer.getChannel()));
		if (answer.getSupport() == Support.YES) {
			measures.add(SATISFIED);
			measures.add(SATISFIED + "_" + answer.getChannel());
		}
		if (answer.getListenedTo() == YesPartlyNo.YES) {
			measures.add(LISTENED);
		}
		if (answer.getKeptInformed() == YesPartlyNo.YES) {
			measures.add(INFORMED);
		}
		if (answer.getReportAgain() == Again.YES) {
			measures.add(REPORT_AGAIN);
		}
		return measures;
	}

	@Override
	public List<CoveredMonth> coverage(String measure, YearMonth lastComplete) {
		return IndicatorCounts.everyMonthFromTheFirst(monthsHeld(), lastComplete);
	}

}
