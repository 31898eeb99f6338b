package org.safercommunities.crypto;

/**
 * A module's blind index (keyed hashes of values it keeps encrypted, to find records by them), which
 * {@code rekey-hashes} rebuilds under a new key: the module opens its own ciphertext and writes the new hashes.
 */
public interface BlindIndex {

	/** What it indexes, for the progress report, e.g. {@code "case places"}. */
	String indexName();

	/** Writes every hash again with {@code hashes}; returns how many records it did. Safe to run again. */
	long rebuild(Pseudonyms hashes);

}
