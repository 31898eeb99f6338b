package org.safercommunities.shared;

import java.util.List;

/**
 * The hostility strands, the one vocabulary of every module: the five monitored nationally (Home Office, College
 * of Policing), to which a partnership adds local ones ({@code safer.reporting.local-strands}). Each strand's
 * words are the message {@code reporting.strand.<CODE>} (templates use the same keys).
 */
public final class HostilityStrands {

	public static final List<String> NATIONAL = List.of("RACE", "RELIGION", "SEXUAL_ORIENTATION", "DISABILITY",
			"TRANSGENDER");

	/** Chosen when a person is not sure why they were targeted. */
	public static final String NOT_SURE = "NOT_SURE";

	private static final String KEY_PREFIX = "reporting.strand.";

	private HostilityStrands() {
	}

	/** The message key of a strand's name. */
	public static String messageKey(String strand) {
		return KEY_PREFIX + strand;
	}

}
