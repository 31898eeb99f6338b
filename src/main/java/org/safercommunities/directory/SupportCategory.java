package org.safercommunities.directory;

/** Kinds of support service (issue 4). */
enum SupportCategory {

	VICTIM_SUPPORT, LEGAL_ADVICE, LGBT, DISABILITY, FAITH, MENTAL_HEALTH, HOUSING, CHILDREN_AND_YOUNG_PEOPLE;

	static java.util.List<String> codes() {
		return java.util.Arrays.stream(values()).map(Enum::name).toList();
	}

}
