package org.safercommunities.plans;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the lead officers' update digests before board meetings, once a day on one instance, and makes papers. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class PlanSchedule {

	private final PlanDigest digest;

	private final PaperJobs papers;

	PlanSchedule(PlanDigest digest, PaperJobs papers) {
		this.digest = digest;
		this.papers = papers;
	}

	/** Papers asked for are made within seconds; each is claimed by one instance, so no lock is needed. */
	@Scheduled(fixedDelayString = "${safer.plans.paper-poll:PT3S}", initialDelayString = "PT10S")
	void papers() {
		papers.runWaiting();
	}

	@Scheduled(cron = "${safer.plans.daily-cron:0 50 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "plan-update-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void daily() {
		digest.runDaily();
	}

}
