package org.safercommunities.performance;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the own-report aggregates up to date every minute, on one instance at a time, so the dashboard is current
 * even when nobody opens it; pages also check (cheaply) before they read.
 */
@Component
@ConditionalOnBooleanProperty(name = "safer.scheduling.enabled", matchIfMissing = true)
class OwnReportsRefreshSchedule {

	private final AggregateRefresh refresh;

	OwnReportsRefreshSchedule(AggregateRefresh refresh) {
		this.refresh = refresh;
	}

	@Scheduled(fixedDelayString = "${safer.performance.own-reports-refresh-interval:PT1M}")
	@SchedulerLock(name = "performance-own-reports", lockAtMostFor = "PT10M")
	void refreshOwnReports() {
		refresh.refreshOwnReportsIfChanged();
	}

}
