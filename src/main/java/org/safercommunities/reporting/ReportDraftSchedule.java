package org.safercommunities.reporting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes abandoned report drafts every few minutes, on one instance at a time. */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class ReportDraftSchedule {

	private final ReportDrafts drafts;

	ReportDraftSchedule(ReportDrafts drafts) {
		this.drafts = drafts;
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
	@SchedulerLock(name = "report-draft-expiry", lockAtMostFor = "PT10M")
	void removeExpired() {
		drafts.removeExpired();
	}

}
