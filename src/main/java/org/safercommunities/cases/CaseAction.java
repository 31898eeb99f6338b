package org.safercommunities.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.safercommunities.crypto.EncryptedText;

/** An action on a case: what (encrypted), owned by an organisation and maybe a person of it, due on a day. */
@Entity
@Table(name = "case_action")
class CaseAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private Long version;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String what;

	@Column(name = "owner_organisation_id", nullable = false)
	private long ownerOrganisationId;

	@Column(name = "owner_user_id")
	private Long ownerUserId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status = ActionStatus.OPEN;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Convert(converter = EncryptedText.class)
	@Column(name = "close_note")
	private String closeNote;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "created_by_user_id", nullable = false, updatable = false)
	private long createdByUserId;

	@Column(name = "closed_by_user_id")
	private Long closedByUserId;

	protected CaseAction() {
	}

	CaseAction(long caseId, String what, long ownerOrganisationId, Long ownerUserId, LocalDate dueOn, Instant createdAt,
			long createdByUserId) {
		this.caseId = caseId;
		this.what = what;
		this.ownerOrganisationId = ownerOrganisationId;
		this.ownerUserId = ownerUserId;
		this.dueOn = dueOn;
		this.createdAt = createdAt;
		this.createdByUserId = createdByUserId;
	}

	void close(ActionStatus outcome, LocalDate on, String note, long byUserId) {
		if (status != ActionStatus.OPEN || outcome == ActionStatus.OPEN) {
			throw new IllegalStateException("Action " + id + " is " + status + ", cannot become " + outcome);
		}
		this.status = outcome;
		this.closedOn = on;
		this.closeNote = note;
		this.closedByUserId = byUserId;
	}

	boolean isOverdueOn(LocalDate today) {
		return ActionTiming.overdue(status, dueOn, today);
	}

	Long getId() { return id; }
	long getCaseId() { return caseId; }
	String getWhat() { return what; }
	long getOwnerOrganisationId() { return ownerOrganisationId; }
	Long getOwnerUserId() { return ownerUserId; }
	LocalDate getDueOn() { return dueOn; }
	ActionStatus getStatus() { return status; }
	LocalDate getClosedOn() { return closedOn; }
	String getCloseNote() { return closeNote; }

}
