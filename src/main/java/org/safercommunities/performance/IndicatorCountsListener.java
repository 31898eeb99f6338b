package org.safercommunities.performance;

import org.safercommunities.shared.IndicatorCountsChanged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Brings the dashboard up to date after a module's counts changed (a report sent or marked a duplicate, a centre
 * return sent or corrected, training recorded), once the change has committed, instead of polling. The event
 * publication registry keeps the event until this has run, so a refresh that fails (or an instance that stops
 * half way) is retried at the next start; the administrator sees any that are still waiting. Pages still check
 * change marks before they read, so a figure is never older than the page.
 */
@Component
class IndicatorCountsListener {

	private final AggregateRefresh refresh;

	IndicatorCountsListener(AggregateRefresh refresh) {
		this.refresh = refresh;
	}

	/**
	 * After the change commits, on another thread, and in no transaction of its own (unlike an
	 * {@code @ApplicationModuleListener}): the refresh is serialised and commits its own transaction inside its
	 * lock. Held in a listener transaction, the next refresh could start before the last one committed and insert
	 * the same months again; and a connection held by each waiting listener starved the pool.
	 */
	@Async
	@TransactionalEventListener
	void countsChanged(IndicatorCountsChanged changed) {
		refresh.countsChanged(changed);
	}

}
