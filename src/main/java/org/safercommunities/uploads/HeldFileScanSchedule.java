package org.safercommunities.uploads;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Scans every module's held files ({@link HeldFiles}) every few minutes (safer.evidence.rescan-interval) on one
 * instance at a time.
 */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class HeldFileScanSchedule {

	private final HeldFileScans scans;

	private final List<HeldFiles> held;

	HeldFileScanSchedule(HeldFileScans scans, List<HeldFiles> held) {
		this.scans = scans;
		this.held = held;
	}

	@Scheduled(fixedDelayString = "${safer.evidence.rescan-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "held-file-scan", lockAtMostFor = "PT30M")
	void scanHeld() {
		held.forEach(scans::scan);
	}

}
