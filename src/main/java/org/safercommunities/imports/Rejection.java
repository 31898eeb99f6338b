package org.safercommunities.imports;

import java.util.List;

/** A rejected row: its number in the file, a message key with arguments, and the row as read. */
record Rejection(int rowNumber, String reasonCode, List<String> reasonArgs, String rowText) {

	static final char SEPARATOR = '\u001f';

	/**
	 * The arguments as stored: null for none, so that one empty argument ("") survives the round trip (it used to
	 * read back as no argument at all and left the message's {0} unfilled).
	 */
	String storedArgs() {
		return reasonArgs.isEmpty() ? null : String.join(String.valueOf(SEPARATOR), reasonArgs);
	}

	/** Inverse of {@link #storedArgs()}; also splits police_import.message (key, then arguments). */
	static List<String> splitArgs(String joined) {
		return joined == null ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
	}

}
