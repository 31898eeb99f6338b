package org.safercommunities.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an entry's history: who, when, what. */
@Entity
@Table(name = "directory_entry_change")
class EntryChange {

	/** What happened; the message key is directory-staff.action.NAME in lower case. */
	enum Action {
		CREATED, UPDATED, REMOVED, RESTORED, CONFIRMED, REMINDER_SENT, FLAGGED, HIDDEN, PROPOSED, APPROVED, REJECTED,
		LISTED, UNLISTED;

		public String messageKey() {
			return "directory-staff.action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Action action;

	private String details;

	protected EntryChange() {
	}

	EntryChange(long entryId, Instant changedAt, String actor, Action action, String details) {
		this.entryId = entryId;
		this.changedAt = changedAt;
		this.actor = actor;
		this.action = action;
		this.details = details;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getActor() {
		return actor;
	}

	public Action getAction() {
		return action;
	}

	public String getDetails() {
		return details;
	}

}
