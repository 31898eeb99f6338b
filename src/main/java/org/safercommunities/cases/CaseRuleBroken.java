package org.safercommunities.cases;

/**
 * A change a case's rules do not allow (closing without an outcome, changing a closed case). Carries the message
 * key of what to tell the officer; the forms' validators catch the usual mistakes before it is thrown.
 */
public class CaseRuleBroken extends RuntimeException {

	private final String messageKey;

	public CaseRuleBroken(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}

}
