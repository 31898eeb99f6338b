package org.safercommunities.performance;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Publishes the open data release that is due, once a day on one instance (nothing happens once it is out). */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class OpenDataSchedule {

	private final OpenDataReleases releases;

	OpenDataSchedule(OpenDataReleases releases) {
		this.releases = releases;
	}

	@Scheduled(cron = "${safer.performance.open-data-cron:0 30 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "performance-open-data", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void publish() {
		releases.publishDue();
	}

}
