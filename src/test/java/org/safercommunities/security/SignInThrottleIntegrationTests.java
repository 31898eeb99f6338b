package org.safercommunities.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.safercommunities.crypto.FieldEncryption;
import org.safercommunities.shared.Role;
import org.safercommunities.support.IntegrationTest;
import org.safercommunities.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttles on the real table, with limits of their own (the test profile lifts the spraying limit, as every
 * MockMvc request comes from one address) and client addresses no other test uses.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	SignInAttemptRepository attempts;

	@Autowired
	FieldEncryption pseudonyms;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	private SignInThrottle throttle(int sprayingLimit) {
		SecuritySettings settings = new SecuritySettings(
				new SecuritySettings.Lockout(5, Duration.ofMinutes(15), Duration.ofHours(4)),
				new SecuritySettings.Spraying(sprayingLimit, Duration.ofMinutes(15), Duration.ofHours(4)),
				new SecuritySettings.Mfa(Set.of(Role.OFFICER), "Safer Communities", 5, Duration.ofMinutes(5), 10),
				new SecuritySettings.Session(Duration.ofMinutes(20)),
				new SecuritySettings.Dormant(Duration.ofDays(90), "-"));
		return new SignInThrottle(attempts, settings, pseudonyms, Clock.systemUTC());
	}

	@Test
	void sprayingManyAccountsFromOneAddressRefusesThatAddressForEveryAccount() {
		SignInThrottle throttle = throttle(4);
		String sprayer = "203.0.113." + (10 + (int) (System.nanoTime() % 200));
		for (int i = 0; i < 4; i++) {
			assertThat(throttle.refusedUntil(TestData.unique("victim") + "@test.example", sprayer)).isEmpty();
			throttle.recordFailure(TestData.unique("victim") + "@test.example", sprayer);
		}

		String untried = TestData.unique("colleague") + "@test.example";
		assertThat(throttle.refusedUntil(untried, sprayer)).as("an account never tried, from the sprayer").isPresent();
		assertThat(throttle.refusedUntil(untried, "198.51.100.99")).as("the same account from elsewhere").isEmpty();
	}

	@Test
	void theRightPasswordDoesNotResetTheAddressCount() {
		SignInThrottle throttle = throttle(3);
		String sprayer = "203.0.113." + (10 + (int) (System.nanoTime() % 200)) + "1";
		String own = TestData.unique("own") + "@test.example";
		throttle.recordFailure(TestData.unique("a") + "@test.example", sprayer);
		throttle.recordFailure(TestData.unique("b") + "@test.example", sprayer);
		throttle.passwordAccepted(own, sprayer);
		throttle.recordFailure(TestData.unique("c") + "@test.example", sprayer);

		assertThat(throttle.refusedUntil(TestData.unique("d") + "@test.example", sprayer)).isPresent();
	}

	@Test
	void unlockLiftsTheAccountAtEveryAddressAndNothingTypedIsKept() {
		SignInThrottle throttle = throttle(1000);
		String email = TestData.unique("locked") + "@test.example";
		for (String address : new String[] { "192.0.2.201", "192.0.2.202" }) {
			for (int i = 0; i < 5; i++) {
				throttle.recordFailure(email, address);
			}
		}
		assertThat(throttle.isLocked(email)).isTrue();
		assertThat(jdbc.sql("select count(*) from sign_in_attempt where username_hash like ? or username_hash like ?")
			.params("%" + email + "%", "%192.0.2.201%").query(Long.class).single()).isZero();

		transactions.executeWithoutResult(status -> throttle.unlock(email));

		assertThat(throttle.refusedUntil(email, "192.0.2.201")).isEmpty();
		assertThat(throttle.refusedUntil(email, "192.0.2.202")).isEmpty();
		assertThat(throttle.isLocked(email)).isFalse();
	}

}
