package org.safercommunities.cases;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the daily digest of case actions due soon or overdue, once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class CaseActionSchedule {

	private final CaseActionReminders reminders;

	CaseActionSchedule(CaseActionReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${safer.cases.actions.daily-cron:0 30 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "case-action-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		reminders.runDaily();
	}

}
