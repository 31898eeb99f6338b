package org.safercommunities.crypto;

/**
 * Keyed hashes of values that must be matched but never kept (blind indexes, rate-limit keys). {@link FieldEncryption}
 * is the one in use; {@link BlindIndex#rebuild} is handed the one under a new key.
 */
@FunctionalInterface
public interface Pseudonyms {

	/** HMAC-SHA256 of the value, URL-safe Base64 (43 characters). */
	String pseudonym(String value);

}
