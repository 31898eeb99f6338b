package org.safercommunities.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed attempts for one throttle key (an account at one address, an address, or one account's codes), kept only as
 * a keyed pseudonym. Lock-outs back off: each one in a row lasts twice as long as the one before.
 */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

	@Id
	@Column(name = "username_hash")
	private String key;

	@Column(name = "account_key")
	private String accountKey;

	@Column(nullable = false)
	private int failures;

	@Column(nullable = false)
	private int lockouts;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	protected SignInAttempt() {
	}

	SignInAttempt(String key, String accountKey) {
		this.key = key;
		this.accountKey = accountKey;
	}

	SignInAttempt(String key) {
		this(key, null);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	/** Counts a failure; returns true when this failure locks the key. */
	boolean fail(Instant now, SecuritySettings.Rule rule) {
		if (lastFailureAt != null && lastFailureAt.plus(rule.memory()).isBefore(now)) {
			// A long quiet spell: what happened before is forgotten, earlier lock-outs too.
			failures = 0;
			lockouts = 0;
			lockedUntil = null;
		}
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			failures = 0;
			lockedUntil = null;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= rule.maxFailures()) {
			lockedUntil = now.plus(rule.lockoutAfter(lockouts));
			lockouts++;
			return true;
		}
		return false;
	}

	int failures() {
		return failures;
	}

	int lockouts() {
		return lockouts;
	}

}
