package org.safercommunities.audit;

/**
 * Walks audit entries in order and checks each one's hash and its link to the one before. The first entry
 * that was altered, inserted out of chain, or follows a removed entry is reported. Entries chained before the chain
 * was keyed are counted ({@code unkeyedEntries}: they prove less); an unkeyed entry after a keyed one is broken, so
 * a rewrite cannot fall back to the plain hash.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private String expectedPrevious = GENESIS;

	private Long firstBroken;

	private long checked;

	private long unkeyed;

	private boolean keyedSeen;

	private final java.util.function.Function<AuditEntry, String> keyedHash;

	/** @param keyedHash the keyed hash of an entry ({@link AuditKey#hash}) */
	AuditChain(java.util.function.Function<AuditEntry, String> keyedHash) {
		this.keyedHash = keyedHash;
	}

	void accept(AuditEntry entry) {
		checked++;
		boolean linked = entry.previousHash().equals(expectedPrevious);
		boolean keyed = AuditHash.isKeyed(entry.entryHash());
		boolean intact = keyed ? keyedHash.apply(entry).equals(entry.entryHash())
				: !keyedSeen && AuditHash.of(entry).equals(entry.entryHash());
		keyedSeen |= keyed;
		unkeyed += keyed ? 0 : 1;
		if (firstBroken == null && !(linked && intact)) {
			firstBroken = entry.id();
		}
		expectedPrevious = entry.entryHash();
	}

	/** The result, given the hash the chain head table says is newest (catches removal of the last entries). */
	AuditLogQueries.Verification result(String recordedHead) {
		return new AuditLogQueries.Verification(checked, firstBroken, recordedHead.equals(expectedPrevious), unkeyed);
	}

}
