package org.safercommunities.casereview;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's Case Review procedure, as it publishes it.
 *
 * @param reports reports about the same problem that meet the threshold (the statutory default is three)
 * @param window how far back those reports may go from the application
 * @param reportedWithin each report must have been made within this of its incident
 * @param hateRule local rule: one hate incident or crime meets the threshold
 * @param locationRule local rule: reports by different people about one location meet it
 * @param locationReporters how many different people for the location rule
 * @param acknowledgeDays working days to acknowledge an application
 * @param decideDays working days from receipt to the threshold decision
 * @param reviewDays working days from the decision to the review meeting
 * @param appealDays working days after the outcome letter within which the applicant may appeal
 * @param appealDecideDays working days from receiving an appeal to its decision
 */
@ConfigurationProperties("safer.casereview")
record CaseReviewSettings(@DefaultValue("3") int reports, @DefaultValue("P6M") Period window,
		@DefaultValue("P1M") Period reportedWithin, @DefaultValue("false") boolean hateRule,
		@DefaultValue("false") boolean locationRule, @DefaultValue("5") int locationReporters,
		@DefaultValue("5") int acknowledgeDays, @DefaultValue("10") int decideDays,
		@DefaultValue("20") int reviewDays, @DefaultValue("20") int appealDays, @DefaultValue("10") int appealDecideDays) {

	static CaseReviewSettings defaults() {
		return new CaseReviewSettings(3, Period.ofMonths(6), Period.ofMonths(1), false, false, 5, 5, 10, 20, 20, 10);
	}

	CaseReviewSettings withLocalRules() {
		return new CaseReviewSettings(reports, window, reportedWithin, true, true, locationReporters, acknowledgeDays,
				decideDays, reviewDays, appealDays, appealDecideDays);
	}

}
