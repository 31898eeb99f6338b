package org.safercommunities.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed sign-ins for one typed username (kept only as a hash). */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

	@Id
	@Column(name = "username_hash")
	private String usernameHash;

	@Column(nullable = false)
	private int failures;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected SignInAttempt() {
	}

	SignInAttempt(String usernameHash) {
		this.usernameHash = usernameHash;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Counts a failure; returns true when this failure locks the account. */
	boolean fail(Instant now, SecuritySettings.Lockout rule) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= rule.maxFailures()) {
			lockedUntil = now.plus(rule.duration());
			return true;
		}
		return false;
	}

	int failures() {
		return failures;
	}

}
