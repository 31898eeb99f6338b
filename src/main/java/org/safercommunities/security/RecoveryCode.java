package org.safercommunities.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A one-time recovery code, kept only as a keyed hash. */
@Entity
@Table(name = "staff_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "staff_user_id", nullable = false)
	private long staffUserId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long staffUserId, String codeHash, Instant createdAt) {
		this.staffUserId = staffUserId;
		this.codeHash = codeHash;
		this.createdAt = createdAt;
	}

	boolean isUsed() {
		return usedAt != null;
	}

	void use(Instant when) {
		this.usedAt = when;
	}

}
