package org.safercommunities.crypto;

/**
 * Which key of the keyset the keyed hashes derive from. Given the keyset's primary key id, answers the pinned one:
 * the primary at the first start, kept from then on (see {@link JdbcMacKeyPin}).
 */
@FunctionalInterface
interface MacKeyPin {

	int keyIdFor(int primaryKeyId);

}
