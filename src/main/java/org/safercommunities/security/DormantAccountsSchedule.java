package org.safercommunities.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Disables unused accounts once a day, on one instance (ShedLock). */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class DormantAccountsSchedule {

	private final DormantAccounts dormant;

	DormantAccountsSchedule(DormantAccounts dormant) {
		this.dormant = dormant;
	}

	@Scheduled(cron = "${safer.security.dormant.cron:0 30 5 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "dormant-staff-accounts", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		dormant.disableUnused();
	}

}
