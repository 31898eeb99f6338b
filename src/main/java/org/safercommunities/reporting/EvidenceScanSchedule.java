package org.safercommunities.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scans waiting evidence files every few minutes (safer.evidence.rescan-interval) on one instance at a time. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class EvidenceScanSchedule {

	private final WaitingEvidenceScan scan;

	EvidenceScanSchedule(WaitingEvidenceScan scan) {
		this.scan = scan;
	}

	@Scheduled(fixedDelayString = "${safer.evidence.rescan-interval:PT5M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "evidence-scan", lockAtMostFor = "PT30M")
	void scanWaiting() {
		scan.scanWaiting();
	}

}
