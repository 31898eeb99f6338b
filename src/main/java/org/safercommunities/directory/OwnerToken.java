package org.safercommunities.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time owner link, kept only as the hash of its random token. */
@Entity
@Table(name = "directory_owner_token")
class OwnerToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected OwnerToken() {
	}

	OwnerToken(long entryId, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.entryId = entryId;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		this.usedAt = now;
	}

	long getEntryId() {
		return entryId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
