package org.safercommunities.reporting;

/** An uploaded file that cannot be kept; the message key says why, in words the reporter can act on. */
class EvidenceRefused extends Exception {

	private final String messageKey;

	EvidenceRefused(String messageKey) {
		super(messageKey, null, false, false);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

}
