package org.safercommunities.security;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.safercommunities.shared.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules: throttles per account and address and per address (password spraying), the second factor, the idle
 * session time-out and when unused accounts are disabled.
 */
@ConfigurationProperties("safer.security")
record SecuritySettings(@DefaultValue Lockout lockout, @DefaultValue Spraying spraying, @DefaultValue Mfa mfa,
		@DefaultValue Session session, @DefaultValue Dormant dormant) {

	/**
	 * Wrong passwords for one account from one address: after {@code maxFailures} that address may not try that
	 * account for {@code duration}, twice as long at each lock-out in a row, up to {@code maxDuration}. A colleague at
	 * another address is never locked out by it.
	 */
	public record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("5m") Duration duration,
			@DefaultValue("1h") Duration maxDuration) {

		Rule rule() {
			return new Rule(maxFailures, duration, maxDuration);
		}

	}

	/** Wrong passwords from one address across every account (spraying): the address is refused for a while. */
	public record Spraying(@DefaultValue("30") int maxFailures, @DefaultValue("15m") Duration duration,
			@DefaultValue("4h") Duration maxDuration) {

		Rule rule() {
			return new Rule(maxFailures, duration, maxDuration);
		}

	}

	/**
	 * The authenticator app (TOTP). Roles that see personal data must use one ({@code requiredFor}); any other user
	 * may set one up, and then must use it. Wrong codes are throttled like passwords ({@code maxFailures}).
	 */
	public record Mfa(@DefaultValue("CENTRE_WORKER,OFFICER,COORDINATOR,POLICE,PARTNER,ADMIN") Set<Role> requiredFor,
			@DefaultValue("Safer Communities") String issuer, @DefaultValue("5") int maxFailures,
			@DefaultValue("5m") Duration lockout, @DefaultValue("10") int recoveryCodes) {

		boolean requiredForAny(Set<Role> roles) {
			EnumSet<Role> required = requiredFor.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(requiredFor);
			return roles.stream().anyMatch(required::contains);
		}

		Rule rule() {
			return new Rule(maxFailures, lockout, lockout.multipliedBy(12));
		}

	}

	public record Session(@DefaultValue("20m") Duration idleTimeout) {
	}

	/** Accounts nobody has signed in to for {@code after} are disabled by a daily job ({@code cron}, UK time). */
	public record Dormant(@DefaultValue("90d") Duration after, @DefaultValue("0 30 5 * * *") String cron) {
	}

	/** One throttle: failures before a lock-out, the first lock-out's length and the longest. */
	record Rule(int maxFailures, Duration duration, Duration maxDuration) {

		/** The lock-out after {@code lockouts} earlier ones in a row: doubled each time, never beyond the longest. */
		Duration lockoutAfter(int lockouts) {
			Duration length = duration;
			for (int i = 0; i < lockouts && length.compareTo(maxDuration) < 0; i++) {
				length = length.multipliedBy(2);
			}
			return length.compareTo(maxDuration) > 0 ? maxDuration : length;
		}

		/** Failures older than this are forgotten, and so are earlier lock-outs. */
		Duration memory() {
			return maxDuration.multipliedBy(2);
		}

	}

}
