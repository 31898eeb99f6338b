package org.safercommunities.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NCSC-style password rules: length over complexity, and no password that is common or made of the
 * person's own e-mail address. Returns the message key of the first rule broken.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = Set.of("password1234", "passwordpassword", "123456789012",
			"qwertyuiopas", "letmeinletmein", "iloveyou1234", "welcome12345", "changeme1234", "administrator",
			"safercommunities", "password12345", "qwerty123456", "abc123456789", "111111111111");

	private PasswordPolicy() {
	}

	static Optional<String> problemWith(String password, String email) {
		if (password == null || password.isBlank()) {
			return Optional.of("password.blank");
		}
		if (password.length() < MIN_LENGTH) {
			return Optional.of("password.too-short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return Optional.of("password.too-common");
		}
		if (email != null && email.contains("@")) {
			String localPart = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
			if (localPart.length() >= 4 && lower.contains(localPart)) {
				return Optional.of("password.contains-email");
			}
		}
		return Optional.empty();
	}

}
