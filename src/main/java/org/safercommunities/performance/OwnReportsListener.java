package org.safercommunities.performance;

import org.safercommunities.reporting.ReportSubmitted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Brings the own-report figures up to date after each report is committed, instead of polling for new reports.
 * The event publication registry keeps the event until this has run, so a refresh that fails (or an instance that
 * stops half way) is retried at the next start; the administrator sees any that are still waiting. Pages still
 * check cheaply before they read, so a figure is never older than the page.
 */
@Component
class OwnReportsListener {

	private final AggregateRefresh refresh;

	OwnReportsListener(AggregateRefresh refresh) {
		this.refresh = refresh;
	}

	@ApplicationModuleListener
	void reportSubmitted(ReportSubmitted event) {
		refresh.refreshOwnReportsIfChanged();
	}

}
