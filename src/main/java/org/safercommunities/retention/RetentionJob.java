package org.safercommunities.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.safercommunities.audit.AuditTrail.AuditActor;
import org.safercommunities.audit.AuditTrail;
import org.safercommunities.retention.RetainedRecords.RecordType;
import org.safercommunities.shared.UkTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Disposes of every record past its retention: for each module's record types, the expired ids in batches, each
 * record in its own transaction with its audit entry and its line in the log. A record under a legal hold is
 * skipped and counted. Resumable by construction: a record disposed of no longer shows as expired, so a run that
 * stopped mid-way is finished by the next.
 */
@Service
class RetentionJob {

	private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

	private final List<RetainedRecords> modules;

	private final RetentionStore store;

	private final RetentionSettings settings;

	private final AuditTrail audit;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RetentionJob(List<RetainedRecords> modules, RetentionStore store, RetentionSettings settings, AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		this.modules = modules;
		this.store = store;
		this.settings = settings;
		this.audit = audit;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** One record type as the page shows it: its period as set, what is past it now and what falls due next month. */
	record TypeStatus(RecordType type, RetainedRecords module, java.time.Period period, LocalDate cutoff) {
	}

	List<TypeStatus> types() {
		LocalDate today = today();
		List<TypeStatus> types = new ArrayList<>();
		for (RetainedRecords module : modules) {
			for (RecordType type : module.types()) {
				java.time.Period period = settings.periodOf(type);
				types.add(new TypeStatus(type, module, period, today.minus(period)));
			}
		}
		types.sort(java.util.Comparator.comparing(status -> status.type().code()));
		return types;
	}

	Optional<TypeStatus> type(String code) {
		return types().stream().filter(status -> status.type().code().equals(code)).findFirst();
	}

	/** Runs once; returns what it did. */
	RetentionStore.Run run() {
		long runId = store.startRun(now());
		int disposed = 0;
		int held = 0;
		int failed = 0;
		for (TypeStatus status : types()) {
			if (!settings.jobDisposes(status.type())) {
				continue;
			}
			List<Long> skip = new ArrayList<>();
			while (true) {
				List<Long> batch = status.module().expired(status.type().code(), status.cutoff(),
						settings.batch() + skip.size()).stream().filter(id -> !skip.contains(id)).toList();
				if (batch.isEmpty()) {
					break;
				}
				java.util.Set<Long> holds = store.held(status.type().code(), batch);
				for (long id : batch) {
					if (holds.contains(id)) {
						held++;
						skip.add(id);
					}
					else if (disposeOne(runId, status, id)) {
						disposed++;
					}
					else {
						failed++;
						skip.add(id);
					}
				}
			}
		}
		store.finishRun(runId, disposed, held, failed, now());
		log.info("Retention run {}: {} records disposed of, {} kept under a legal hold, {} failed", runId, disposed,
				held, failed);
		return store.lastRuns(1).get(0);
	}

	private boolean disposeOne(long runId, TypeStatus status, long id) {
		try {
			return Boolean.TRUE.equals(transactions.execute(tx -> {
				if (!status.module().dispose(status.type().code(), id)) {
					return false;
				}
				RetainedRecords.Disposal done = status.type().disposal().done();
				store.logDisposal(runId, status.type().code(), id, done, null, null, now());
				audit.append(AuditActor.system(), "RETENTION_" + done.name(), status.type().code(), id,
						status.type().disposal() == RetainedRecords.Disposal.REVIEW
								? "Retention period " + status.period() + " ended without a review"
								: "Retention period " + status.period() + " ended");
				return true;
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Retention could not dispose of {} {}; it is tried again next run", status.type().code(), id, ex);
			return false;
		}
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(UkTime.ZONE));
	}

	OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
