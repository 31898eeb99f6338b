package org.safercommunities.imports;

import java.util.List;

/** A rejected row: its number in the file, a message key with arguments, and the row as read. */
record Rejection(int rowNumber, String reasonCode, List<String> reasonArgs, String rowText) {

	static final char SEPARATOR = '\u001f';

	String joinedArgs() {
		return String.join(String.valueOf(SEPARATOR), reasonArgs);
	}

	static List<String> splitArgs(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(String.valueOf(SEPARATOR), -1));
	}

}
