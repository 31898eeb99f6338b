package org.safercommunities.cases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders of actions on cases ({@code safer.cases.actions.*}).
 *
 * @param remindDaysAhead an open action due within this many days (or overdue) is in its owner's daily digest
 * @param dailyCron when the digest job runs (UK time)
 */
@ConfigurationProperties("safer.cases.actions")
record ActionSettings(@DefaultValue("2") int remindDaysAhead, @DefaultValue("0 30 6 * * *") String dailyCron) {

	static ActionSettings defaults() {
		return new ActionSettings(2, "0 30 6 * * *");
	}

}
