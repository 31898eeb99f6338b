package org.safercommunities.enforcement;

/** An evidence reference on a case; a professional witness's identity is never given out in a bundle. */
record Evidence(long id, long caseId, EvidenceKind kind, String reference, Long witnessPersonId,
		boolean professionalWitness) {
}
