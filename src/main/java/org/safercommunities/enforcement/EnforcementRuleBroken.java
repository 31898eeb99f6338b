package org.safercommunities.enforcement;

/** A rule of the register (the escalation chain, a limit) the request breaks; the message key says which. */
class EnforcementRuleBroken extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	EnforcementRuleBroken(String field, String messageKey, Object... arguments) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	/** The form field it is about, or null for the form as a whole. */
	String field() {
		return field;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments;
	}

}
