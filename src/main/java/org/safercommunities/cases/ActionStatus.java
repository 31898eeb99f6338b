package org.safercommunities.cases;

import java.util.Arrays;
import java.util.Optional;

/** Where an action on a case stands. Words: {@code cases.action.status.<name>}. */
enum ActionStatus {

	OPEN, DONE, CANCELLED;

	String messageKey() {
		return "cases.action.status." + name().toLowerCase(java.util.Locale.ROOT);
	}

	static Optional<ActionStatus> of(String name) {
		return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
	}

}
