package org.safercommunities.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptTests {

	private final SecuritySettings.Rule rule = new SecuritySettings.Rule(3, Duration.ofMinutes(5), Duration.ofMinutes(60));

	private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void locksOnTheConfiguredFailureForTheConfiguredTime() {
		SignInAttempt attempt = new SignInAttempt("key");

		assertThat(attempt.fail(now, rule)).isFalse();
		assertThat(attempt.fail(now, rule)).isFalse();
		assertThat(attempt.fail(now, rule)).isTrue();

		assertThat(attempt.isLockedAt(now.plus(Duration.ofMinutes(4)))).isTrue();
		assertThat(attempt.isLockedAt(now.plus(Duration.ofMinutes(5)))).isFalse();
	}

	@Test
	void afterALockExpiresCountingStartsAgain() {
		SignInAttempt attempt = new SignInAttempt("key");
		for (int i = 0; i < 3; i++) {
			attempt.fail(now, rule);
		}

		assertThat(attempt.fail(now.plus(Duration.ofMinutes(6)), rule)).isFalse();
		assertThat(attempt.failures()).isEqualTo(1);
	}

	@Test
	void eachLockOutInARowLastsTwiceAsLongUpToTheLongest() {
		SignInAttempt attempt = new SignInAttempt("key");
		Instant at = now;
		Duration[] expected = { Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20),
				Duration.ofMinutes(40), Duration.ofMinutes(60), Duration.ofMinutes(60) };
		for (Duration length : expected) {
			for (int i = 0; i < 3; i++) {
				attempt.fail(at, rule);
			}
			assertThat(Duration.between(at, attempt.lockedUntil())).as("lock-out " + (attempt.lockouts())).isEqualTo(length);
			at = attempt.lockedUntil();
		}
	}

	@Test
	void aLongQuietSpellForgetsEarlierLockOuts() {
		SignInAttempt attempt = new SignInAttempt("key");
		for (int i = 0; i < 6; i++) {
			attempt.fail(now, rule);
		}
		Instant muchLater = now.plus(Duration.ofHours(5));
		for (int i = 0; i < 3; i++) {
			attempt.fail(muchLater, rule);
		}

		assertThat(Duration.between(muchLater, attempt.lockedUntil())).isEqualTo(Duration.ofMinutes(5));
	}

}
