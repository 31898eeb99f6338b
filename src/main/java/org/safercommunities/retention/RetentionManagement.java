package org.safercommunities.retention;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.safercommunities.audit.AuditTrail;
import org.safercommunities.shared.CurrentActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Legal holds and erasure on request, by the administrator, each audited with its reason. */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
class RetentionManagement {

	private final RetentionJob job;

	private final RetentionStore store;

	private final AuditTrail audit;

	RetentionManagement(RetentionJob job, RetentionStore store, AuditTrail audit) {
		this.job = job;
		this.store = store;
		this.audit = audit;
	}

	long placeHold(String recordType, long recordId, String reason) {
		long id = store.placeHold(recordType, recordId, reason.strip(), CurrentActor.require().userId(), job.now());
		audit.record("RETENTION_HOLD_PLACED", recordType, recordId, reason.strip());
		return id;
	}

	void liftHold(long holdId) {
		RetentionStore.Hold hold = store.activeHolds().stream().filter(found -> found.id() == holdId).findFirst()
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		store.liftHold(holdId, CurrentActor.require().userId(), job.now());
		audit.record("RETENTION_HOLD_LIFTED", hold.recordType(), hold.recordId(), null);
	}

	/** What came of an erasure request. */
	enum Erasure { ERASED, HELD, NOT_FOUND }

	/** Erases (or anonymises, as its type says) one record, unless a legal hold keeps it: then nothing changes. */
	Erasure erase(String recordType, long recordId, String reason) {
		RetentionJob.TypeStatus type = job.type(recordType).orElseThrow();
		if (store.activeHold(recordType, recordId).isPresent()) {
			audit.record("RETENTION_ERASURE_REFUSED_HELD", recordType, recordId, reason.strip());
			return Erasure.HELD;
		}
		if (!type.module().dispose(recordType, recordId)) {
			return Erasure.NOT_FOUND;
		}
		OffsetDateTime now = job.now();
		store.logDisposal(null, recordType, recordId, type.type().disposal().done(), reason.strip(),
				CurrentActor.require().userId(), now);
		audit.record("RETENTION_ERASED", recordType, recordId, reason.strip());
		return Erasure.ERASED;
	}

	/** What came of a review. */
	enum Reviewed { KEPT, ANONYMISED, HELD, NOT_FOUND }

	/**
	 * A review of a record due for it: kept until {@code nextReview} with the reason, or anonymised; both logged and
	 * audited. A held record cannot be anonymised (it stays, as the hold says).
	 */
	Reviewed review(String recordType, long recordId, boolean keep, String reason, java.time.LocalDate nextReview) {
		RetentionJob.TypeStatus type = job.type(recordType)
			.filter(found -> found.type().disposal() == RetainedRecords.Disposal.REVIEW).orElseThrow();
		long userId = CurrentActor.require().userId();
		OffsetDateTime now = job.now();
		if (keep) {
			if (!type.module().keep(recordType, recordId, nextReview)) {
				return Reviewed.NOT_FOUND;
			}
			store.logReview(recordType, recordId, "KEEP", reason.strip(), nextReview, userId, now);
			audit.record("RETENTION_REVIEW_KEPT", recordType, recordId, reason.strip() + " (next review " + nextReview + ")");
			return Reviewed.KEPT;
		}
		if (store.activeHold(recordType, recordId).isPresent()) {
			audit.record("RETENTION_ERASURE_REFUSED_HELD", recordType, recordId, reason.strip());
			return Reviewed.HELD;
		}
		if (!type.module().dispose(recordType, recordId)) {
			return Reviewed.NOT_FOUND;
		}
		store.logReview(recordType, recordId, "ANONYMISE", reason.strip(), null, userId, now);
		store.logDisposal(null, recordType, recordId, RetainedRecords.Disposal.ANONYMISE, reason.strip(), userId, now);
		audit.record("RETENTION_REVIEW_ANONYMISED", recordType, recordId, reason.strip());
		return Reviewed.ANONYMISED;
	}

	Optional<RetentionStore.Hold> holdOn(String recordType, long recordId) {
		return store.activeHold(recordType, recordId);
	}

	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	RetentionStore.Run runNow() {
		audit.record("RETENTION_RUN_BY_HAND", "retention_run", 0, null);
		return job.run();
	}

}
