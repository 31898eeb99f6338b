package org.safercommunities.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptTests {

	private final SecuritySettings.Lockout rule = new SecuritySettings.Lockout(3, Duration.ofMinutes(15));

	private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void locksOnTheConfiguredFailureForTheConfiguredTime() {
		SignInAttempt attempt = new SignInAttempt("hash");

		assertThat(attempt.fail(now, rule)).isFalse();
		assertThat(attempt.fail(now, rule)).isFalse();
		assertThat(attempt.fail(now, rule)).isTrue();

		assertThat(attempt.isLockedAt(now.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(attempt.isLockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void afterALockExpiresCountingStartsAgain() {
		SignInAttempt attempt = new SignInAttempt("hash");
		for (int i = 0; i < 3; i++) {
			attempt.fail(now, rule);
		}

		assertThat(attempt.fail(now.plus(Duration.ofMinutes(20)), rule)).isFalse();
		assertThat(attempt.failures()).isEqualTo(1);
	}

}
