package org.safercommunities.audit;

/**
 * Walks audit entries in order and checks each one's hash and its link to the one before. The first entry
 * that was altered, inserted out of chain, or follows a removed entry is reported.
 */
final class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private String expectedPrevious = GENESIS;

	private Long firstBroken;

	private long checked;

	void accept(AuditEntry entry) {
		checked++;
		boolean linked = entry.previousHash().equals(expectedPrevious);
		boolean intact = AuditHash.of(entry).equals(entry.entryHash());
		if (firstBroken == null && !(linked && intact)) {
			firstBroken = entry.id();
		}
		expectedPrevious = entry.entryHash();
	}

	/** The result, given the hash the chain head table says is newest (catches removal of the last entries). */
	AuditLogQueries.Verification result(String recordedHead) {
		return new AuditLogQueries.Verification(checked, firstBroken, recordedHead.equals(expectedPrevious));
	}

}
