package org.safercommunities.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a sign-in at the council's identity provider stands for the second factor. */
class OidcSettingsTests {

	@Test
	void neverUnlessTheProviderIsTrusted() {
		OidcSettings untrusted = new OidcSettings(true, "", "x", true, false, List.of());

		assertThat(untrusted.secondFactorTrusted(List.of("mfa"))).isFalse();
		assertThat(untrusted.secondFactorTrusted(null)).isFalse();
	}

	@Test
	void trustedWithNoAmrRequiredAnySignInCounts() {
		OidcSettings trusted = new OidcSettings(true, "", "x", true, true, List.of());

		assertThat(trusted.secondFactorTrusted(null)).isTrue();
		assertThat(trusted.secondFactorTrusted(List.of("pwd"))).isTrue();
	}

	@Test
	void trustedWithAmrRequiredOnlyAMatchingMethodCounts() {
		OidcSettings trusted = new OidcSettings(true, "", "x", true, true, List.of("mfa", "otp"));

		assertThat(trusted.secondFactorTrusted(List.of("pwd", "OTP"))).isTrue();
		assertThat(trusted.secondFactorTrusted(List.of("mfa"))).isTrue();
		assertThat(trusted.secondFactorTrusted(List.of("pwd"))).isFalse();
		assertThat(trusted.secondFactorTrusted(List.of())).isFalse();
		assertThat(trusted.secondFactorTrusted(null)).isFalse();
	}

}
