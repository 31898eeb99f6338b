package org.safercommunities.imports;

import java.util.List;

/** A whole file cannot be imported; the message key and arguments say why, for the import log. */
class ImportFailure extends RuntimeException {

	private final String messageKey;

	private final List<String> args;

	ImportFailure(String messageKey, String... args) {
		super(messageKey + " " + String.join(", ", args));
		this.messageKey = messageKey;
		this.args = List.of(args);
	}

	/** As stored in police_import.message: the key and its arguments, separated by the unit separator. */
	String stored() {
		return args.isEmpty() ? messageKey : messageKey + Rejection.SEPARATOR + String.join(String.valueOf(Rejection.SEPARATOR), args);
	}

}
