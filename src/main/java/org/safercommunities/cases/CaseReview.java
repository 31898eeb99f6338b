package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.crypto.EncryptedText;

/** One review of a case: scheduled with amber and target dates, then completed with a note (and a late reason). */
@Entity
@Table(name = "case_review")
class CaseReview {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Column(name = "amber_on", nullable = false)
	private LocalDate amberOn;

	@Column(name = "target_on", nullable = false)
	private LocalDate targetOn;

	@Column(name = "scheduled_at", nullable = false)
	private Instant scheduledAt;

	@Column(name = "completed_on")
	private LocalDate completedOn;

	@Convert(converter = EncryptedText.class)
	private String note;

	@Convert(converter = EncryptedText.class)
	@Column(name = "late_reason")
	private String lateReason;

	@Column(name = "completed_by_user_id")
	private Long completedByUserId;

	@Column(name = "completed_by_name")
	private String completedByName;

	protected CaseReview() {
	}

	CaseReview(long caseId, ReviewTiming timing, Instant scheduledAt) {
		this.caseId = caseId;
		this.scheduledAt = scheduledAt;
		reschedule(timing, scheduledAt);
	}

	void reschedule(ReviewTiming timing, Instant at) {
		if (completedOn != null) {
			throw new IllegalStateException("Review " + id + " is already done");
		}
		this.amberOn = timing.amberOn();
		this.targetOn = timing.targetOn();
		this.scheduledAt = at;
	}

	void complete(LocalDate on, String note, String lateReason, long byUserId, String byName) {
		if (completedOn != null) {
			throw new IllegalStateException("Review " + id + " is already done");
		}
		if (timing().lateOn(on) && (lateReason == null || lateReason.isBlank())) {
			throw new IllegalArgumentException("A late review needs a reason");
		}
		this.completedOn = on;
		this.note = note;
		this.lateReason = timing().lateOn(on) ? lateReason : null;
		this.completedByUserId = byUserId;
		this.completedByName = byName;
	}

	ReviewTiming timing() {
		return new ReviewTiming(amberOn, targetOn);
	}

	boolean isOpen() {
		return completedOn == null;
	}

	boolean isLate() {
		return completedOn != null && timing().lateOn(completedOn);
	}

	Long getId() { return id; }
	long getCaseId() { return caseId; }
	LocalDate getAmberOn() { return amberOn; }
	LocalDate getTargetOn() { return targetOn; }
	LocalDate getCompletedOn() { return completedOn; }
	String getNote() { return note; }
	String getLateReason() { return lateReason; }
	String getCompletedByName() { return completedByName; }

}
