package org.safercommunities.directory;

import java.time.Clock;
import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.safercommunities.shared.UkTime;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the directory's self-maintenance once a day, on one instance at a time. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class DirectoryUpkeepSchedule {

	private final DirectoryUpkeep upkeep;

	private final Clock clock;

	DirectoryUpkeepSchedule(DirectoryUpkeep upkeep, Clock clock) {
		this.upkeep = upkeep;
		this.clock = clock;
	}

	@Scheduled(cron = "${safer.directory.upkeep-cron:0 15 6 * * *}", zone = UkTime.ZONE_ID)
	@SchedulerLock(name = "directory-upkeep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	void runDaily() {
		upkeep.runDaily(LocalDate.now(clock));
	}

}
