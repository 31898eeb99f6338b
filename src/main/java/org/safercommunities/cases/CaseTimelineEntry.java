package org.safercommunities.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/** One stored timeline line; the summary is encrypted as a note may name people. Never changed once written. */
@Entity
@Table(name = "case_timeline_entry")
class CaseTimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TimelineKind kind;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false, updatable = false)
	private String summary;

	@Column(name = "related_type", updatable = false)
	private String relatedType;

	@Column(name = "related_id", updatable = false)
	private Long relatedId;

	@Column(name = "recorded_by", updatable = false)
	private Long recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected CaseTimelineEntry() {
	}

	CaseTimelineEntry(long caseId, TimelineKind kind, String summary, String relatedType, Long relatedId,
			Long recordedBy, Instant recordedAt) {
		this.caseId = caseId;
		this.kind = kind;
		this.summary = summary;
		this.relatedType = relatedType;
		this.relatedId = relatedId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	TimelineEntry toEntry() {
		return new TimelineEntry(id, kind, summary, relatedType, relatedId, recordedBy, recordedAt);
	}

	long getCaseId() {
		return caseId;
	}

}
