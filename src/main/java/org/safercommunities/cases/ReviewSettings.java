package org.safercommunities.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The review schedule of cases ({@code safer.cases.reviews.*}). Civica Cx ASB users know reviews by an amber date
 * (a warning that the review is near) and a target date (after which it is late and needs a reason).
 *
 * @param intervalDays the next review's target is proposed this many days after the last review (or the case's
 *        opening): 28 days, the four-weekly review most ASB procedures ask of an open case
 * @param amberDaysBefore the amber date is this many days before the target
 */
@ConfigurationProperties("safer.cases.reviews")
record ReviewSettings(@DefaultValue("28") int intervalDays, @DefaultValue("7") int amberDaysBefore) {

	ReviewSettings {
		if (intervalDays < 1 || amberDaysBefore < 0 || amberDaysBefore >= intervalDays) {
			throw new IllegalArgumentException("safer.cases.reviews needs 0 <= amber-days-before < interval-days");
		}
	}

	static ReviewSettings defaults() {
		return new ReviewSettings(28, 7);
	}

}
