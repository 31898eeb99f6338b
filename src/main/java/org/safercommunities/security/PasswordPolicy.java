package org.safercommunities.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Passwords as the NCSC advises: length over complexity (12 characters or more, no composition rules), no
 * password on a deny-list of common ones, and none made of the person's own e-mail address. Passwords never expire
 * (no forced periodic change): an administrator sets a temporary one only when asked. Returns the message key of the
 * first rule broken.
 * <p>
 * The deny-list ({@code security/common-passwords.txt}) is the 10,000 most common passwords of zxcvbn's list (from
 * zxcvbn4j 1.9.0 on Maven Central, MIT licence). Most are shorter than 12 characters, so a password is also refused
 * when it is a listed password with digits or symbols added at either end ({@code password1234!}) or repeated
 * ({@code passwordpassword}), the common ways a short common password is made long.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load("/security/common-passwords.txt");

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
		if (isCommon(lower)) {
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

	/** Listed, a listed password padded with digits or symbols, a repeat of one, or a few characters over and over. */
	static boolean isCommon(String lower) {
		if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
			return true;
		}
		String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
		if (!core.isEmpty() && COMMON.contains(core)) {
			return true;
		}
		for (int length = 1; length <= lower.length() / 2; length++) {
			if (lower.length() % length == 0 && lower.substring(0, length).repeat(lower.length() / length).equals(lower)
					&& (length < 6 || COMMON.contains(lower.substring(0, length)))) {
				return true;
			}
		}
		return false;
	}

	static int commonPasswordCount() {
		return COMMON.size();
	}

	private static Set<String> load(String resource) {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The common password list " + resource + " is missing");
			}
			Set<String> passwords = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
