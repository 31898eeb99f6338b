package org.safercommunities.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import tools.jackson.databind.json.JsonMapper;

/** Changes an owner proposed through the one-time link. They apply only when an officer approves them. */
@Entity
@Table(name = "directory_proposal")
class Proposal {

	enum Status {
		PENDING, APPROVED, REJECTED
	}

	private static final JsonMapper JSON = JsonMapper.shared();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "details_json", nullable = false)
	private String detailsJson;

	@Column(name = "owner_note")
	private String ownerNote;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "reject_reason")
	private String rejectReason;

	protected Proposal() {
	}

	Proposal(long entryId, EntryDetails details, String ownerNote, Instant proposedAt) {
		this.entryId = entryId;
		this.detailsJson = JSON.writeValueAsString(details);
		this.ownerNote = ownerNote == null || ownerNote.isBlank() ? null : ownerNote.strip();
		this.proposedAt = proposedAt;
		this.status = Status.PENDING;
	}

	EntryDetails details() {
		return JSON.readValue(detailsJson, EntryDetails.class);
	}

	void approve(String by, Instant at) {
		decide(Status.APPROVED, by, at, null);
	}

	void reject(String by, Instant at, String reason) {
		decide(Status.REJECTED, by, at, reason);
	}

	private void decide(Status decision, String by, Instant at, String reason) {
		if (status != Status.PENDING) {
			throw new IllegalStateException("Proposal " + id + " was already " + status);
		}
		this.status = decision;
		this.decidedBy = by;
		this.decidedAt = at;
		this.rejectReason = reason;
	}

	public Long getId() {
		return id;
	}

	public long getEntryId() {
		return entryId;
	}

	public Instant getProposedAt() {
		return proposedAt;
	}

	public String getOwnerNote() {
		return ownerNote;
	}

	public Status getStatus() {
		return status;
	}

	public String getRejectReason() {
		return rejectReason;
	}

}
