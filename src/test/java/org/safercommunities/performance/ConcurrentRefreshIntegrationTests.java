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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many counts-changed events for one source at once, each handled in its own transaction as the module listener
 * handles them (the demo's first start sends dozens): every refresh commits before the next starts, so none of them
 * inserts a month another has inserted but not yet committed (a duplicate key, and a figure left stale).
 */
@IntegrationTest
class ConcurrentRefreshIntegrationTests {

	@Autowired
	AggregateRefresh refresh;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.safercommunities.reporting.ReportTestData reports;

	@Test
	void refreshesOfOneSourceInConcurrentListenerTransactionsNeverCollide() throws Exception {
		TransactionTemplate listenerTransaction = new TransactionTemplate(transactions);
		listenerTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		reports.aSubmittedReport(); // on 3 November 2026, so the month has rows to insert again
		IndicatorCountsChanged changed = IndicatorCountsChanged.of("OWN_REPORTS", YearMonth.of(2026, 11));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> runs = new ArrayList<>();
		try {
			for (int i = 0; i < 8; i++) {
				runs.add(pool.submit(() -> {
					start.await();
					listenerTransaction.executeWithoutResult(status -> refresh.countsChanged(changed));
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
