package org.safercommunities.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.safercommunities.crypto.FieldEncryption;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing without handing anyone a way to lock a colleague out (NCSC: throttle rather than lock).
 * <ul>
 * <li>Wrong passwords for one account <em>from one address</em> lock that pair only, with back-off: whoever guesses
 * from elsewhere does not stop the colleague at their own desk.</li>
 * <li>Wrong passwords from one address across accounts (password spraying) refuse that address for a while.</li>
 * <li>Wrong authenticator or recovery codes (the password already given) lock that account's codes, with back-off.</li>
 * </ul>
 * Counted whether or not an account exists, so no answer tells which addresses have accounts. Keys are keyed
 * pseudonyms ({@link FieldEncryption#pseudonym}): neither the typed address nor the client address is kept.
 */
@Service
class SignInThrottle {

	private final SignInAttemptRepository attempts;

	private final SecuritySettings settings;

	private final FieldEncryption pseudonyms;

	private final Clock clock;

	SignInThrottle(SignInAttemptRepository attempts, SecuritySettings settings, FieldEncryption pseudonyms,
			Clock clock) {
		this.attempts = attempts;
		this.settings = settings;
		this.pseudonyms = pseudonyms;
		this.clock = clock;
	}

	/** Until when this address may not try this account (or try at all), if it may not now. */
	@Transactional(readOnly = true)
	public Optional<Instant> refusedUntil(String username, String clientAddress) {
		Instant now = clock.instant();
		return Stream.of(pairKey(username, clientAddress), addressKey(clientAddress))
			.map(attempts::findById)
			.flatMap(Optional::stream)
			.filter(attempt -> attempt.isLockedAt(now))
			.map(SignInAttempt::lockedUntil)
			.max(Instant::compareTo);
	}

	/**
	 * Counts a wrong password; returns until when the pair or the address is now locked, if this failure locked it.
	 * In a transaction of its own: the sign-in that failed is rolled back, the count must not be.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> recordFailure(String username, String clientAddress) {
		Instant now = clock.instant();
		Optional<Instant> pair = fail(pairKey(username, clientAddress), accountKey(username), settings.lockout().rule(),
				now);
		Optional<Instant> address = fail(addressKey(clientAddress), null, settings.spraying().rule(), now);
		return Stream.of(pair, address).flatMap(Optional::stream).max(Instant::compareTo);
	}

	/** The right password from this address: its count for this account starts again (the address's does not). */
	@Transactional
	public void passwordAccepted(String username, String clientAddress) {
		attempts.deleteById(pairKey(username, clientAddress));
	}

	@Transactional(readOnly = true)
	public Optional<Instant> codesRefusedUntil(long userId, String username) {
		Instant now = clock.instant();
		return attempts.findById(codeKey(userId)).filter(a -> a.isLockedAt(now)).map(SignInAttempt::lockedUntil);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Instant> recordCodeFailure(long userId, String username) {
		return fail(codeKey(userId), accountKey(username), settings.mfa().rule(), clock.instant());
	}

	@Transactional
	public void codeAccepted(long userId) {
		attempts.deleteById(codeKey(userId));
	}

	/** An administrator lifts every throttle of one account (every address, and its codes). */
	@Transactional
	public void unlock(String username) {
		attempts.deleteByAccountKey(accountKey(username));
	}

	/** Whether the account is locked anywhere now (at some address, or its codes). */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		Instant now = clock.instant();
		return attempts.findByAccountKey(accountKey(username)).stream().anyMatch(a -> a.isLockedAt(now));
	}

	/** Whole minutes from now until then, at least one, for "try again in 5 minutes". */
	long minutesUntil(Instant until) {
		long seconds = Duration.between(clock.instant(), until).toSeconds();
		return Math.max(1, (seconds + 59) / 60);
	}

	private Optional<Instant> fail(String key, String accountKey, SecuritySettings.Rule rule, Instant now) {
		SignInAttempt attempt = attempts.findById(key).orElseGet(() -> new SignInAttempt(key, accountKey));
		boolean locked = attempt.fail(now, rule);
		attempts.save(attempt);
		return locked ? Optional.of(attempt.lockedUntil()) : Optional.empty();
	}

	static String normalise(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private String accountKey(String username) {
		return pseudonyms.pseudonym("sign-in/account\n" + normalise(username));
	}

	private String pairKey(String username, String clientAddress) {
		return "p:" + pseudonyms.pseudonym("sign-in/pair\n" + normalise(username) + "\n" + address(clientAddress));
	}

	private String addressKey(String clientAddress) {
		return "a:" + pseudonyms.pseudonym("sign-in/address\n" + address(clientAddress));
	}

	private String codeKey(long userId) {
		return "c:" + pseudonyms.pseudonym("sign-in/codes\n" + userId);
	}

	private static String address(String clientAddress) {
		return clientAddress == null || clientAddress.isBlank() ? "unknown" : clientAddress;
	}

}
