package org.safercommunities.performance;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safercommunities.shared.IndicatorCountsChanged;
import org.safercommunities.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many counts-changed events for one source at once, as the listener gets them after the demo's first start: every
 * refresh commits before the next starts, so none inserts a month another has inserted but not yet committed (a
 * duplicate key, and a figure left stale). The listener must not run in a transaction of its own for that, nor
 * hold a connection while it waits for the lock.
 */
@IntegrationTest
class ConcurrentRefreshIntegrationTests {

	/** What the listener calls, on its own thread and in no transaction (the listener itself is asynchronous). */
	@Autowired
	AggregateRefresh refresh;

	@Autowired
	org.safercommunities.reporting.ReportTestData reports;

	@Test
	void theListenerHoldsNoTransactionWhileItWaitsForTheRefresh() throws Exception {
		var method = IndicatorCountsListener.class.getDeclaredMethod("countsChanged", IndicatorCountsChanged.class);
		assertThat(method.isAnnotationPresent(org.springframework.transaction.annotation.Transactional.class)).isFalse();
		assertThat(org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(method,
				org.springframework.transaction.annotation.Transactional.class))
			.as("no @Transactional, not even through @ApplicationModuleListener").isFalse();
	}

	@Test
	void refreshesOfOneSourceInConcurrentListenerTransactionsNeverCollide() throws Exception {
		reports.aSubmittedReport(); // on 3 November 2026, so the month has rows to insert again
		IndicatorCountsChanged changed = IndicatorCountsChanged.of("OWN_REPORTS", YearMonth.of(2026, 11));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					refresh.countsChanged(changed);
					return null;
				}));
			}
			start.countDown();
			List<String> failures = new ArrayList<>();
			for (Future<?> run : runs) {
				try {
					run.get(60, TimeUnit.SECONDS);
				}
				catch (java.util.concurrent.ExecutionException ex) {
					failures.add(String.valueOf(ex.getCause()));
				}
			}
			assertThat(failures).as("refreshes that failed").isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
	}

}
