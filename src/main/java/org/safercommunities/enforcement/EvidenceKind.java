package org.safercommunities.enforcement;

/** What an evidence reference points to: the footage or statement stays in its own system. */
enum EvidenceKind {

	BODY_WORN_CAMERA, CCTV, WITNESS_STATEMENT, PHOTOGRAPH, OTHER;

	public String messageKey() {
		return "enforcement.evidence.kind." + name();
	}

}
