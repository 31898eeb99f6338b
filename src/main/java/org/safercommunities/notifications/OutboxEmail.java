package org.safercommunities.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.crypto.EncryptedText;

@Entity
@Table(name = "email_outbox")
class OutboxEmail {

	static final int MAX_ATTEMPTS = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "dedupe_key")
	private String dedupeKey;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String body;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	private int attempts;

	@Column(name = "last_error")
	private String lastError;

	protected OutboxEmail() {
	}

	OutboxEmail(Email email, Instant queuedAt) {
		this.purpose = email.purpose();
		this.dedupeKey = email.dedupeKey();
		this.recipient = email.recipient();
		this.subject = email.subject();
		this.body = email.body();
		this.queuedAt = queuedAt;
	}

	Long getId() {
		return id;
	}

	String getPurpose() {
		return purpose;
	}

	String getRecipient() {
		return recipient;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	Instant getSentAt() {
		return sentAt;
	}

	int getAttempts() {
		return attempts;
	}

	void sent(Instant at) {
		this.sentAt = at;
		this.attempts++;
		this.lastError = null;
	}

	void failed(String error) {
		this.attempts++;
		this.lastError = error == null ? null : error.substring(0, Math.min(error.length(), 500));
	}

}
