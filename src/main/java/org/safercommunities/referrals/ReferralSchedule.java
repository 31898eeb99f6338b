package org.safercommunities.referrals;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the daily digest of overdue referrals, once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class ReferralSchedule {

	private final ReferralReminders reminders;

	ReferralSchedule(ReferralReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${safer.referrals.daily-cron:0 40 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "referral-overdue-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		reminders.runDaily();
	}

}
