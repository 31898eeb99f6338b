package org.safercommunities.casereview;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the daily digest of overdue Case Review steps, once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class CaseReviewSchedule {

	private final OverdueStepDigest digest;

	CaseReviewSchedule(OverdueStepDigest digest) {
		this.digest = digest;
	}

	@Scheduled(cron = "${safer.casereview.daily-cron:0 50 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "casereview-overdue-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		digest.runDaily();
	}

}
