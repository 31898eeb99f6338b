package org.safercommunities.centres;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the centres' daily job (lapsing, return reminders) once a day on one instance. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class CentreSchedule {

	private final CentreJobs jobs;

	CentreSchedule(CentreJobs jobs) {
		this.jobs = jobs;
	}

	@Scheduled(cron = "${safer.centres.daily-cron:0 0 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "centres-daily", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		jobs.runDaily();
	}

}
