package org.safercommunities.crypto;

/**
 * Which key of the keyset a family of keyed hashes derives from. Given the keyset's primary key id, answers the
 * pinned one: the primary at the first start, kept from then on (see {@link JdbcMacKeyPin}).
 */
@FunctionalInterface
interface MacKeyPin {

	/** Pseudonyms and blind indexes: may move to a newer key once they are rebuilt ({@code rekey-hashes}). */
	String HASHES = "hashes";

	/** The audit chain: stays with its first key, since its entries cannot be rewritten. */
	String AUDIT_CHAIN = "audit-chain";

	int keyIdFor(String purpose, int primaryKeyId);

	/** A pin that can be moved: only {@link KeyRotation#rekeyHashes} moves one, once the hashes are rebuilt. */
	interface Movable extends MacKeyPin {

		void repin(String purpose, int keyId);

	}

}
