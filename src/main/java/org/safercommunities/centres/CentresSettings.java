package org.safercommunities.centres;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The partnership's rules for its reporting centres.
 * @param trainingValidMonths how long hate crime awareness training counts; a centre whose latest training is
 *        older lapses
 * @param lapseAfterMissingReturns consecutive overdue monthly returns after which a centre lapses
 * @param returnDueDay day of the next month by which a month's return is due (a shorter month uses its last day)
 * @param reminderDaysBefore days before the due date that the Hate Crime Lead gets a reminder (another comes on
 *        the day)
 * @param trainingDueWarningMonths training is shown as due this many months before it runs out
 * @param coordinatorEmail who is told when a centre lapses (defaults to the partnership's contact address)
 * @param dailyCron when the daily lapse and reminder job runs (UK time)
 */
@ConfigurationProperties("safer.centres")
record CentresSettings(@DefaultValue("24") int trainingValidMonths, @DefaultValue("3") int lapseAfterMissingReturns,
		@DefaultValue("10") int returnDueDay, @DefaultValue("3") int reminderDaysBefore,
		@DefaultValue("2") int trainingDueWarningMonths, String coordinatorEmail,
		@DefaultValue("0 0 6 * * *") String dailyCron) {

	ReturnCalendar calendar() {
		return new ReturnCalendar(returnDueDay, reminderDaysBefore);
	}

}
