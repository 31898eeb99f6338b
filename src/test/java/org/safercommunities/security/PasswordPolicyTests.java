package org.safercommunities.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void aLongPassphraseIsAccepted() {
		assertThat(PasswordPolicy.problemWith("purple otter lantern", "ola@barnet.example")).isEmpty();
	}

	@Test
	void eachRuleHasItsOwnMessage() {
		assertThat(PasswordPolicy.problemWith("", "a@b.example")).contains("password.blank");
		assertThat(PasswordPolicy.problemWith("eleven-char", "a@b.example")).contains("password.too-short");
		assertThat(PasswordPolicy.problemWith("x".repeat(129), "a@b.example")).contains("password.too-long");
		assertThat(PasswordPolicy.problemWith("Password1234", "a@b.example")).contains("password.too-common");
		assertThat(PasswordPolicy.problemWith("abababababab", "a@b.example")).contains("password.too-common");
		assertThat(PasswordPolicy.problemWith("olu.officer-2026!", "olu.officer@barnet.example"))
			.contains("password.contains-email");
	}

}
