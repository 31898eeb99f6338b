package org.safercommunities.engagement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

/**
 * Someone named as attending a training session, recorded only with their consent (optional: most sessions are
 * counts). The name is encrypted at rest; {@link EngagementManagement} audits every read.
 */
@Entity
@Table(name = "engagement_training_attendee")
class TrainingAttendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String name;

	@Column(name = "consent_given", nullable = false)
	private boolean consentGiven;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected TrainingAttendee() {
	}

	TrainingAttendee(long sessionId, String name, Instant recordedAt) {
		this.sessionId = sessionId;
		this.name = name;
		this.consentGiven = true;
		this.recordedAt = recordedAt;
	}

	public Long getId() { return id; }
	public long getSessionId() { return sessionId; }
	public String getName() { return name; }

}
