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

	@Test
	void theDenyListHoldsTenThousandCommonPasswords() {
		assertThat(PasswordPolicy.commonPasswordCount()).isBetween(9_900, 10_000);
	}

	@Test
	void aCommonPasswordMadeLongIsStillRefused() {
		assertThat(PasswordPolicy.problemWith("iloveyou1234", "a@b.example")).contains("password.too-common");
		assertThat(PasswordPolicy.problemWith("!!Football2024!!", "a@b.example")).contains("password.too-common");
		assertThat(PasswordPolicy.problemWith("qwertyqwertyqwerty", "a@b.example")).contains("password.too-common");
		assertThat(PasswordPolicy.problemWith("monkeymonkey", "a@b.example")).contains("password.too-common");
	}

	@Test
	void unrelatedWordsAreNotCommonEvenWithDigits() {
		assertThat(PasswordPolicy.problemWith("correct-horse-battery", "a@b.example")).isEmpty();
		assertThat(PasswordPolicy.problemWith("demo-password-2026", "a@b.example")).isEmpty();
		assertThat(PasswordPolicy.problemWith("kettle otter 77", "a@b.example")).isEmpty();
	}

}
