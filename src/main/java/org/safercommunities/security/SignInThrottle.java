package org.safercommunities.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out after repeated failed sign-ins. Counted per typed username, whether or not an account exists, so
 * the lock-out message does not reveal which addresses have accounts.
 */
@Service
class SignInThrottle {

	private final SignInAttemptRepository attempts;

	private final SecuritySettings settings;

	private final Clock clock;

	SignInThrottle(SignInAttemptRepository attempts, SecuritySettings settings, Clock clock) {
		this.attempts = attempts;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return attempts.findById(hash(username)).map(attempt -> attempt.isLockedAt(clock.instant())).orElse(false);
	}

	/** Counts a failure; returns true when the name is now locked. */
	@Transactional
	public boolean recordFailure(String username) {
		String key = hash(username);
		SignInAttempt attempt = attempts.findById(key).orElseGet(() -> new SignInAttempt(key));
		boolean locked = attempt.fail(clock.instant(), settings.lockout());
		attempts.save(attempt);
		return locked;
	}

	@Transactional
	public void reset(String username) {
		attempts.deleteById(hash(username));
	}

	long lockoutMinutes() {
		return settings.lockout().duration().toMinutes();
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static String hash(String username) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalise(username).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
