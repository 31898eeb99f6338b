package org.safercommunities.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One consent decision, as it was made: what was asked, the words the person was shown, the answer, when, and
 * who recorded it (the reporter online, or a member of staff by id). Never changed once written.
 */
@Entity
@Table(name = "report_consent_event")
public class ConsentEvent {

	public enum Subject { POLICE_SHARING, IDENTITY_TO_POLICE }

	public enum Kind { GIVEN, DECLINED, WITHDRAWN, OVERRIDDEN }

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Subject subject;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Column(name = "wording_shown", nullable = false, updatable = false)
	private String wordingShown;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected ConsentEvent() {
	}

	ConsentEvent(Subject subject, Kind kind, String wordingShown, Instant recordedAt, String recordedBy) {
		this.subject = subject;
		this.kind = kind;
		this.wordingShown = wordingShown;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public Subject getSubject() { return subject; }
	public Kind getKind() { return kind; }
	public String getWordingShown() { return wordingShown; }
	public Instant getRecordedAt() { return recordedAt; }
	public String getRecordedBy() { return recordedBy; }

}
