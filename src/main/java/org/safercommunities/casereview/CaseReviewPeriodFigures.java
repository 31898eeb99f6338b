package org.safercommunities.casereview;

import java.util.List;

import org.safercommunities.plans.FigureBlock;
import org.safercommunities.plans.PeriodFigures;
import org.safercommunities.plans.ReportPeriod;
import org.safercommunities.plans.ReportTopic;
import org.springframework.stereotype.Component;

/** Community Triggers for the board pack and the annual report (seed 001 4.1.2: "11 … submitted … 5 … accepted and 6 rejected"). */
@Component
class CaseReviewPeriodFigures implements PeriodFigures {

	private final CaseReviewStatistics statistics;

	CaseReviewPeriodFigures(CaseReviewStatistics statistics) {
		this.statistics = statistics;
	}

	@Override
	public java.util.Optional<java.time.LocalDate> recordsFrom() {
		return statistics.firstReceived();
	}

	@Override
	public ReportTopic topic() {
		return ReportTopic.CASE_REVIEWS;
	}

	@Override
	public List<FigureBlock> figures(ReportPeriod period) {
		CaseReviewStatistics.Year now = year(period);
		java.util.Optional<java.time.LocalDate> first = statistics.firstReceived();
		java.util.function.Supplier<CaseReviewStatistics.Year> before = () -> year(period.yearBefore());
		String source = "/staff/case-reviews/statistics?year=" + startOfFinancialYear(period);
		return List.of(
				count("case-reviews.applications", "casereview.staff.statistics.applications", now.applications(),
						FigureBlock.Count.previousIfHeld(first, period, () -> before.get().applications()), source),
				count("case-reviews.accepted", "casereview.staff.statistics.met", now.thresholdMet(),
						FigureBlock.Count.previousIfHeld(first, period, () -> before.get().thresholdMet()), source),
				count("case-reviews.not-accepted", "casereview.staff.statistics.not-met", now.notAccepted(),
						FigureBlock.Count.previousIfHeld(first, period, () -> before.get().notAccepted()), source),
				count("case-reviews.reviews-held", "casereview.staff.statistics.reviews", now.reviewsHeld(),
						FigureBlock.Count.previousIfHeld(first, period, () -> before.get().reviewsHeld()), source));
	}

	private CaseReviewStatistics.Year year(ReportPeriod period) {
		return statistics.between(startOfFinancialYear(period), period.from(), period.endExclusive());
	}

	private static int startOfFinancialYear(ReportPeriod period) {
		return period.from().getMonthValue() >= 4 ? period.from().getYear() : period.from().getYear() - 1;
	}

	private static FigureBlock count(String code, String label, long current, Long previous, String source) {
		return new FigureBlock.Count(code, label, current, previous, source);
	}

}
