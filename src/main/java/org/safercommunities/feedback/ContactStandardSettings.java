package org.safercommunities.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The contact standards a report's reporter is owed (issue 16; Victims' Code; Haringey plan: visit within agreed
 * standard times, follow-up survey within 14 days of the visit).
 *
 * @param contactWithinWorkingDays first contact within this many working days of the report
 * @param enhancedContactWithinWorkingDays the same for a victim with enhanced rights under the Victims' Code
 * @param enhancedRightsByDefault whether a new report's victim is taken to have enhanced rights until an officer
 *        says otherwise (the Code counts many hate crime victims as intimidated victims)
 * @param visitWithinWorkingDays an agreed visit within this many working days of the report (the agreed standard time)
 * @param surveyWithinDaysOfVisit the follow-up survey within this many days of the visit
 */
@ConfigurationProperties("safer.feedback.contact")
record ContactStandardSettings(@DefaultValue("5") int contactWithinWorkingDays,
		@DefaultValue("2") int enhancedContactWithinWorkingDays, @DefaultValue("true") boolean enhancedRightsByDefault,
		@DefaultValue("5") int visitWithinWorkingDays, @DefaultValue("14") int surveyWithinDaysOfVisit) {

	ContactStandardSettings {
		if (contactWithinWorkingDays < 0 || enhancedContactWithinWorkingDays < 0 || visitWithinWorkingDays < 0
				|| surveyWithinDaysOfVisit < 0) {
			throw new IllegalArgumentException("safer.feedback.contact.* days must not be negative");
		}
	}

	int contactWithin(boolean enhancedRights) {
		return enhancedRights ? enhancedContactWithinWorkingDays : contactWithinWorkingDays;
	}

}
