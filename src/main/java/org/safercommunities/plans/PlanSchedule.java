package org.safercommunities.plans;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the lead officers' update digests before board meetings, once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class PlanSchedule {

	private final PlanDigest digest;

	PlanSchedule(PlanDigest digest) {
		this.digest = digest;
	}

	@Scheduled(cron = "${safer.plans.daily-cron:0 50 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "plan-update-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		digest.runDaily();
	}

}
