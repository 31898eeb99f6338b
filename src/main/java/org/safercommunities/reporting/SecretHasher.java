package org.safercommunities.reporting;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes the secret words of reports. They are machine-chosen (about 38 bits of entropy), not a person's
 * password, so a lighter Argon2id (4 MB, one pass: a few milliseconds) still makes an offline search of a
 * stolen database take CPU-decades per report, while the service can take a hundred reports a second on two
 * cores. Staff passwords keep the stronger settings in the security module.
 */
@Component
class SecretHasher {

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 4096, 1);

	String hash(String normalisedSecret) {
		return encoder.encode(normalisedSecret);
	}

	boolean matches(String normalisedSecret, String hash) {
		return encoder.matches(normalisedSecret, hash);
	}

}
