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

import org.safercommunities.cases.CaseCodes.ShareLevel;
import org.safercommunities.crypto.EncryptedText;

/** A case shared with another organisation, whole or locked, by whom, when and why. */
@Entity
@Table(name = "case_share")
public class CaseShare {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private long organisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ShareLevel level;

	@Column(name = "shared_by", nullable = false)
	private long sharedBy;

	@Column(name = "shared_at", nullable = false)
	private Instant sharedAt;

	@Convert(converter = EncryptedText.class)
	@Column(nullable = false)
	private String reason;

	protected CaseShare() {
	}

	CaseShare(long organisationId, ShareLevel level, long sharedBy, Instant sharedAt, String reason) {
		this.organisationId = organisationId;
		this.level = level;
		this.sharedBy = sharedBy;
		this.sharedAt = sharedAt;
		this.reason = reason;
	}

	/** A second share with the same organisation replaces the first (level and reason). */
	void change(ShareLevel newLevel, long by, Instant at, String newReason) {
		this.level = newLevel;
		this.sharedBy = by;
		this.sharedAt = at;
		this.reason = newReason;
	}

	public Long getId() {
		return id;
	}

	public long getOrganisationId() {
		return organisationId;
	}

	public ShareLevel getLevel() {
		return level;
	}

	public long getSharedBy() {
		return sharedBy;
	}

	public Instant getSharedAt() {
		return sharedAt;
	}

	public String getReason() {
		return reason;
	}

}
