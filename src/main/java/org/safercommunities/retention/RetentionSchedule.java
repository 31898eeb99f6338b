package org.safercommunities.retention;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The retention job, nightly on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class RetentionSchedule {

	private final RetentionJob job;

	RetentionSchedule(RetentionJob job) {
		this.job = job;
	}

	@Scheduled(cron = "${safer.retention.daily-cron:0 30 2 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "retention", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	void nightly() {
		job.run();
	}

}
