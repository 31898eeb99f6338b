package org.safercommunities.referrals;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.safercommunities.referrals.ReferralCodes.ConsentKind;

/**
 * One consent decision about a referral, as reporting keeps its own (reporting.ConsentEvent): the answer, the exact
 * words the person was asked (built by {@link ReferralConsentWording}), when, and by whom. Never changed.
 */
@Entity
@Table(name = "referral_consent_event")
class ReferralConsentEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ConsentKind kind;

	@Column(name = "wording_shown", nullable = false, updatable = false)
	private String wordingShown;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	protected ReferralConsentEvent() {
	}

	ReferralConsentEvent(ConsentKind kind, String wordingShown, Instant recordedAt, String recordedBy) {
		this.kind = kind;
		this.wordingShown = wordingShown;
		this.recordedAt = recordedAt;
		this.recordedBy = recordedBy;
	}

	public ConsentKind getKind() { return kind; }
	public String getWordingShown() { return wordingShown; }
	public Instant getRecordedAt() { return recordedAt; }
	public String getRecordedBy() { return recordedBy; }

}
