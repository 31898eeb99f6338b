package org.safercommunities.cases;

import java.util.Arrays;
import java.util.Optional;

/** The victim's answer to an offer of Restorative Justice. Words: {@code cases.victims-code.rj.<name>}. */
enum RestorativeJusticeAnswer {

	YES, NO, NOT_YET;

	public String messageKey() {
		return "cases.victims-code.rj." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	static Optional<RestorativeJusticeAnswer> of(String name) {
		return Arrays.stream(values()).filter(answer -> answer.name().equals(name)).findFirst();
	}

}
